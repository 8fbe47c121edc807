package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.injectplan.dicom.PixelFormat;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our JPEG-LS decoder against dcmtk's ({@code dcmdjpls}, CharLS inside): scans of our samples
 * (8-bit ultrasound, 8-bit cine, 12-bit fluoroscopy), two RGB corpus files and a 16-bit image
 * made here are encoded by {@code dcmcjpls} lossless, near-lossless (NEAR 2 and 5), with each
 * interleave mode (none, line, sample), with preset thresholds (an LSE marker) and with zero
 * padding; every frame must equal dcmdjpls's decoding exactly, and stay within NEAR of the
 * original (exactly the original when lossless).
 */
class JpegLsTest {
  @TempDir
  static Path tmp;

  private record Variant(String name, int near, List<String> options) {
  }

  private static final List<Variant> GREY = List.of(
      new Variant("lossless", 0, List.of()),
      new Variant("near-lossless 2", 2, List.of("+en", "+md", "2")),
      new Variant("near-lossless 5, preset thresholds", 5, List.of("+en", "+md", "5", "+t1", "9", "+t2", "20",
          "+t3", "40", "+rs", "32")),
      new Variant("lossless, preset thresholds, zero padding", 0, List.of("+t1", "4", "+t2", "9", "+t3", "30",
          "+rs", "40", "+pz")));
  private static final List<Variant> COLOUR = List.of(
      new Variant("lossless, line interleaved", 0, List.of("+il")),
      new Variant("lossless, sample interleaved", 0, List.of("+is")),
      new Variant("lossless, not interleaved", 0, List.of("+in")),
      new Variant("near-lossless 2, sample interleaved", 2, List.of("+en", "+md", "2", "+is")),
      new Variant("near-lossless 3, line interleaved", 3, List.of("+en", "+md", "3", "+il")));

  @TestFactory
  Stream<DynamicTest> dcmcjplsEncodingsDecodeAsDcmdjplsDecodesThem() throws Exception {
    Path samples = samplesDir();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> grey = List.of(samples.resolve("knee-us/knee-us.dcm"), samples.resolve("knee-cine/knee-cine.dcm"),
        samples.resolve("spine-ap-xa/spine-ap-xa.dcm"), sixteenBit());
    for (Path g : grey) {
      for (Variant v : GREY) {
        tests.add(DynamicTest.dynamicTest(g.getFileName() + " " + v.name(), () -> check(g, v)));
      }
    }
    List<Path> colour = List.of(Corpus.root().resolve("real/US-RGB-8-esopecho.dcm"),
        Corpus.root().resolve("real/US-RGB-8-epicard_bigendian.dcm"));
    for (Path c : colour) {
      for (Variant v : COLOUR) {
        tests.add(DynamicTest.dynamicTest(c.getFileName() + " " + v.name(), () -> check(c, v)));
      }
    }
    return tests.stream();
  }

  private static void check(Path original, Variant v) throws Exception {
    String name = original.getFileName() + "." + v.name().replaceAll("[^a-z0-9]+", "-") + ".jls.dcm";
    Path encoded = tmp.resolve(name);
    List<String> cmd = new ArrayList<>(List.of("dcmcjpls"));
    cmd.addAll(v.options());
    cmd.addAll(List.of(original.toString(), encoded.toString()));
    Oracles.run(cmd.toArray(String[]::new));
    try (Scan ours = ScanLoader.open(encoded); Scan orig = ScanLoader.open(original)) {
      assertEquals(v.near() == 0 ? "1.2.840.10008.1.2.4.80" : "1.2.840.10008.1.2.4.81", ours.transferSyntaxUid());
      PixelFormat f = ours.format();
      int worstFromOriginal = 0;
      for (int frame = 0; frame < ours.frameCount(); frame++) {
        int[] actual = samples(ours.frame(frame));
        int[] expected = f.isColour() ? Oracles.dcmtkRgb(encoded, frame, true)
            : Oracles.dcmtkStored(encoded, frame, f.pixels(), f.bitsAllocated(), f.bitsStored(), f.highBit(),
                "dcmdjpls");
        assertEquals(0, maxError(expected, actual, f.isColour()), name + " frame " + frame + " against dcmdjpls");
        int fromOriginal = maxError(samples(orig.frame(frame)), actual, f.isColour());
        assertTrue(fromOriginal <= v.near(), name + " frame " + frame + ": " + fromOriginal
            + " from the original, NEAR is " + v.near());
        worstFromOriginal = Math.max(worstFromOriginal, fromOriginal);
      }
      if (v.near() > 0) {
        assertTrue(worstFromOriginal > 0, name + ": near-lossless, yet no sample differs from the original");
      }
    }
  }

  /**
   * The corpus's GH364 file has a header that neither dcmtk nor our loader parse (an item
   * without its sequence after (0018,5020), and an odd Pixel Data length); pydicom reads it, and
   * its JPEG-LS frame, copied unchanged (padded to an even length) into a well-formed file with the same pixel attributes, decodes as dcmdjpls
   * decodes it.
   */
  @Test
  void theDamagedCorpusFilesFrameDecodesAsDcmdjplsDecodesIt() throws Exception {
    Path out = tmp.resolve("GH364-rewrapped.jls.dcm");
    String script = String.join("\n",
        "import sys, pydicom, pydicom.encaps",
        "from pydicom.dataset import Dataset, FileMetaDataset",
        "src = pydicom.dcmread(sys.argv[1])",
        "m = FileMetaDataset(); m.TransferSyntaxUID = src.file_meta.TransferSyntaxUID",
        "m.MediaStorageSOPClassUID = src.SOPClassUID; m.MediaStorageSOPInstanceUID = src.SOPInstanceUID",
        "ds = Dataset(); ds.file_meta = m",
        "for k in ['SOPClassUID', 'SOPInstanceUID', 'Modality', 'SamplesPerPixel', 'PhotometricInterpretation',",
        "          'Rows', 'Columns', 'BitsAllocated', 'BitsStored', 'HighBit', 'PixelRepresentation']:",
        "    setattr(ds, k, getattr(src, k))",
        "frame = next(pydicom.encaps.generate_pixel_data_frame(src.PixelData, 1))",
        "ds.PixelData = pydicom.encaps.encapsulate([frame])",
        "ds['PixelData'].VR = 'OB'; ds['PixelData'].is_undefined_length = True",
        "ds.is_little_endian = True; ds.is_implicit_VR = False",
        "ds.save_as(sys.argv[2], write_like_original=False)");
    Oracles.run("/usr/bin/python3", "-c", script,
        Corpus.root().resolve("malformed/GH364_US_jpegls.dcm").toString(), out.toString());
    try (Scan scan = ScanLoader.open(out)) {
      assertEquals("1.2.840.10008.1.2.4.80", scan.transferSyntaxUid());
      assertEquals(1024, scan.columns());
      assertEquals(768, scan.rows());
      PixelFormat f = scan.format();
      int[] expected = Oracles.dcmtkStored(out, 0, f.pixels(), f.bitsAllocated(), f.bitsStored(), f.highBit(),
          "dcmdjpls");
      assertEquals(0, maxError(expected, samples(scan.frame(0)), false), "against dcmdjpls");
    }
  }

  static int[] samples(ImageProcessor ip) {
    if (ip instanceof ColorProcessor cp) {
      return (int[]) cp.getPixels();
    }
    int[] v = new int[ip.getPixelCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ip.get(i);
    }
    return v;
  }

  static int maxError(int[] expected, int[] actual, boolean rgb) {
    assertEquals(expected.length, actual.length, "pixel count");
    int max = 0;
    for (int i = 0; i < expected.length; i++) {
      if (rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
          max = Math.max(max, Math.abs((expected[i] >> shift & 0xFF) - (actual[i] >> shift & 0xFF)));
        }
      } else {
        max = Math.max(max, Math.abs(expected[i] - actual[i]));
      }
    }
    return max;
  }

  /** A 16-bit monochrome image using the whole range (a ramp with seeded noise and flat areas), by pydicom. */
  private static Path sixteenBit() throws Exception {
    Path out = tmp.resolve("sixteen-bit.dcm");
    if (Files.exists(out)) {
      return out;
    }
    String script = String.join("\n",
        "import sys, numpy as np, pydicom",
        "from pydicom.dataset import Dataset, FileMetaDataset",
        "from pydicom.uid import ExplicitVRLittleEndian, generate_uid",
        "rng = np.random.default_rng(16)",
        "y, x = np.mgrid[0:200, 0:300]",
        "px = (x * 218 + y * 3 + rng.integers(0, 2000, (200, 300))).clip(0, 65535).astype(np.uint16)",
        "px[50:90, 40:140] = 65535; px[120:160, 200:280] = 0",
        "m = FileMetaDataset(); m.TransferSyntaxUID = ExplicitVRLittleEndian",
        "m.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.7'; m.MediaStorageSOPInstanceUID = generate_uid()",
        "ds = Dataset(); ds.file_meta = m",
        "ds.SOPClassUID = m.MediaStorageSOPClassUID; ds.SOPInstanceUID = m.MediaStorageSOPInstanceUID",
        "ds.Modality = 'OT'; ds.SamplesPerPixel = 1; ds.PhotometricInterpretation = 'MONOCHROME2'",
        "ds.Rows, ds.Columns = px.shape; ds.BitsAllocated = 16; ds.BitsStored = 16; ds.HighBit = 15",
        "ds.PixelRepresentation = 0; ds.PixelData = px.tobytes()",
        "ds.is_little_endian = True; ds.is_implicit_VR = False",
        "ds.save_as(sys.argv[1], write_like_original=False)");
    Oracles.run("/usr/bin/python3", "-c", script, out.toString());
    return out;
  }

  /** sample-dicom's samples, beside this module (core/target/test-classes → sample-dicom/...). */
  static Path samplesDir() {
    return org.injectplan.SampleFolders.dir();
  }
}
