package org.injectplan.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.ByteSource;

/**
 * The loader either reads a file (and decodes its first and last frames) or refuses it with a
 * {@link BadScanException} that has a reason: any other exception, an error, a hang or running
 * out of memory is a finding. In every {@code mvn test} this runs on the seeds in
 * {@code LoaderFuzzTestInputs/}; to fuzz, see docs/testing.md:
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=LoaderFuzzTest -Djazzer.max_duration=10m}.
 */
class LoaderFuzzTest {
  private static final Path NAME = Path.of("fuzz.dcm");

  @FuzzTest(maxDuration = "5m")
  void readsOrRefuses(byte[] data) throws Exception {
    try (Scan scan = ScanLoader.open(NAME, ByteSource.of(data))) {
      assertNotNull(scan.format());
      decodeQuietly(scan, 0);
      decodeQuietly(scan, scan.frameCount() - 1);
      scan.calibration().toString();
    } catch (BadScanException refused) {
      assertNotNull(refused.reason());
      assertFalse(refused.reason().isBlank(), "a refusal gives its reason");
    }
  }

  private static void decodeQuietly(Scan scan, int frame) {
    try {
      scan.frame(frame);
    } catch (BadScanException refused) {
      assertFalse(refused.reason().isBlank(), "a refused frame gives its reason");
    }
  }
}
