package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.injectplan.cli.Main;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.TestPlans;
import org.injectplan.scan.ScanIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De-identification: the Basic Profile replacements, and an end-to-end check that no patient
 * name, ID, birth date, accession number or institution of a scan given all of them (by dcmodify)
 * appears in any byte of any output, raw or decompressed, nor in the PDF's text.
 */
class DeidentifierTest {
  static final List<String> IDENTIFIERS = List.of("Quixotic^Zebedee", "Quixotic", "PID-77341", "19480229",
      "ACC-99137", "St Eligius Teaching Hospital", "Eligius", "Dr^Westphall");
  @TempDir
  static Path dir;
  static Path plan;
  static Path scan;

  @BeforeAll
  static void identifiedScan() throws Exception {
    scan = dir.resolve("patient-scan.dcm");
    Files.copy(TestPlans.corpus(TestPlans.US_GREY), scan);
    DicomOracles.Run r = DicomOracles.run("dcmodify", "-nb", "-i", "(0010,0010)=Quixotic^Zebedee", "-i",
        "(0010,0020)=PID-77341", "-i", "(0010,0030)=19480229", "-i", "(0008,0050)=ACC-99137", "-i",
        "(0008,0080)=St Eligius Teaching Hospital", "-i", "(0008,0090)=Dr^Westphall", scan.toString());
    assertEquals(0, r.exit(), r.output());
    plan = dir.resolve("plan.json");
    try (var out = Files.newOutputStream(plan)) {
      PlanJson.write(TestPlans.on(scan), out);
    }
  }

  static List<Path> report(String name, boolean deidentify) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("report", plan.toString(), "--pdf", out + ".pdf", "--dicom",
        out + ".dcm", "--json", out + ".json"));
    if (deidentify) {
      args.add("--deidentify");
    }
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    return List.of(Path.of(out + ".pdf"), Path.of(out + ".dcm"), Path.of(out + ".sc.dcm"), Path.of(out + ".json"));
  }

  /** Every form an output's bytes take: raw, every decoded PDF stream, the PDF's text. */
  static List<String> views(Path f) throws Exception {
    List<String> v = new ArrayList<>();
    byte[] raw = Files.readAllBytes(f);
    v.add(new String(raw, StandardCharsets.ISO_8859_1));
    v.add(new String(raw, StandardCharsets.UTF_16BE));
    if (f.toString().endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(raw)) {
        v.add(new PDFTextStripper().getText(doc));
        for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
            .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
          COSBase b = o.getObject();
          if (b instanceof COSStream s) {
            try (InputStream in = s.createInputStream()) {
              ByteArrayOutputStream decoded = new ByteArrayOutputStream();
              in.transferTo(decoded);
              v.add(decoded.toString(StandardCharsets.ISO_8859_1));
              v.add(decoded.toString(StandardCharsets.UTF_16BE));
            }
          }
        }
      }
    }
    return v;
  }

  static List<String> found(List<Path> outputs) throws Exception {
    List<String> hits = new ArrayList<>();
    for (Path f : outputs) {
      for (String view : views(f)) {
        for (String id : IDENTIFIERS) {
          if (view.contains(id)) {
            hits.add(f.getFileName() + ": " + id);
          }
        }
      }
    }
    return hits.stream().distinct().toList();
  }

  @Test
  void withoutDeidentifyTheIdentifiersAreThere() throws Exception {
    // The scan of the next test can fail: the identified report holds them.
    List<String> hits = found(report("named", false));
    for (String expect : new String[] {"named.pdf: Quixotic^Zebedee", "named.pdf: PID-77341",
        "named.dcm: 19480229", "named.sc.dcm: ACC-99137", "named.dcm: St Eligius Teaching Hospital"}) {
      assertTrue(hits.contains(expect), expect + " in " + hits);
    }
  }

  @Test
  void withDeidentifyNoIdentifierIsInAnyByteOfAnyOutput() throws Exception {
    List<Path> outputs = report("deidentified", true);
    assertEquals(List.of(), found(outputs));
    String sourceStudy = PlanJson.read(plan).scan().studyInstanceUid();
    String sourceFile = scan.getFileName().toString();
    for (Path f : outputs) {
      String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertFalse(raw.contains(sourceStudy), f + " holds the source Study Instance UID");
      assertFalse(raw.contains(sourceFile), f + " holds the source file name");
    }
  }

  @Test
  void replacesIdentityAndMapsUidsConsistently() {
    ScanIdentity id = new ScanIdentity("N^M", "PID", "19000101", "F", "ACC", "INST", "REF", "20200101", "101010",
        "knee", "S1", "1.2.3", "1.2.3.4", "1.2.3.4.5", "1.2.840.10008.5.1.4.1.1.6.1", "US", "Maker", "Model",
        "KNEE", "L");
    Deidentifier d = new Deidentifier();
    ScanIdentity out = d.identity(id);
    assertEquals(Deidentifier.DUMMY_NAME, out.patientName());
    for (String gone : List.of(out.patientId(), out.patientBirthDate(), out.patientSex(), out.accessionNumber(),
        out.institutionName(), out.referringPhysicianName(), out.studyDate(), out.studyTime(),
        out.studyDescription(), out.studyId())) {
      assertEquals("", gone);
    }
    assertNotEquals(id.studyInstanceUid(), out.studyInstanceUid());
    assertEquals(out.studyInstanceUid(), d.uid("1.2.3"), "the same UID maps to the same replacement");
    assertNotEquals(out.studyInstanceUid(), new Deidentifier().uid("1.2.3"), "a new export, new UIDs");
    assertTrue(out.sopInstanceUid().matches("2\\.25\\.[1-9][0-9]*") && out.sopInstanceUid().length() <= 64);
    assertEquals(List.of("1.2.840.10008.5.1.4.1.1.6.1", "US", "KNEE", "L"),
        List.of(out.sopClassUid(), out.modality(), out.bodyPartExamined(), out.laterality()));
  }
}
