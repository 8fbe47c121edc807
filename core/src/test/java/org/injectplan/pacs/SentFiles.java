package org.injectplan.pacs;

import com.pixelmed.dicom.AttributeList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.injectplan.dicom.DicomTags;
import org.injectplan.plan.Plan;
import org.injectplan.plan.TestPlans;
import org.injectplan.report.PlanReport;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/** The report's two DICOM files, written for a sending test, with their UIDs. */
record SentFiles(List<Path> files, List<String> sopInstanceUids, String studyInstanceUid) {

  static SentFiles write(Path dir) throws Exception {
    Path scanFile = TestPlans.corpus(TestPlans.US_GREY);
    Plan plan = TestPlans.on(scanFile);
    PlanReport.Outputs out;
    try (Scan scan = ScanLoader.open(scanFile)) {
      out = PlanReport.make(plan, scan, false, Instant.now());
    }
    Path epdf = Files.write(Files.createTempFile(dir, "epdf", ".dcm"), out.encapsulatedPdf());
    Path sc = Files.write(Files.createTempFile(dir, "sc", ".dcm"), out.secondaryCapture());
    return new SentFiles(List.of(epdf, sc), List.of(uid(epdf), uid(sc)), plan.scan().studyInstanceUid());
  }

  static String uid(Path f) throws Exception {
    AttributeList l = new AttributeList();
    l.read(f.toFile());
    return l.get(DicomTags.SOP_INSTANCE_UID).getSingleStringValueOrEmptyString();
  }
}
