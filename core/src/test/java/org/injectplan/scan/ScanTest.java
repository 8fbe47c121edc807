package org.injectplan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.nio.file.Path;
import org.injectplan.dicom.BadScanException;
import org.junit.jupiter.api.Test;

/** The scan as a viewer shows it: the viewer's frames and calibration, the file's identity and header. */
class ScanTest {
  static final Path KNEE_US = Path.of("../sample-dicom/src/main/resources/org/injectplan/samples/knee-us/knee-us.dcm");

  @Test
  void asShownRefusesMissingPartsAndAFrameOfAnotherSize() throws Exception {
    try (Scan scan = ScanLoader.open(KNEE_US)) {
      assertThrows(IllegalArgumentException.class, () -> scan.asShown(null, scan.calibration()));
      assertThrows(IllegalArgumentException.class, () -> scan.asShown(i -> scan.frame(i), null));
      Scan cropped = scan.asShown(i -> new ByteProcessor(200, 150), scan.calibration());
      BadScanException e = assertThrows(BadScanException.class, () -> cropped.frame(0));
      assertTrue(e.getMessage().contains("frame 0 as shown is 200x150, the scan's frames 640x480"), e.getMessage());
    }
  }

  @Test
  void asShownGivesTheViewersFramesAndCalibrationAndTheFilesIdentity() throws Exception {
    try (Scan scan = ScanLoader.open(KNEE_US)) {
      ImageProcessor inverted = scan.frame(0);
      inverted.invert();
      Calibration manual = Calibration.manual(0, 0, 100, 0, 20);
      Scan shown = scan.asShown(i -> inverted, manual);
      assertSame(inverted, shown.frame(0));
      assertSame(manual, shown.calibration());
      assertEquals(scan.identity(), shown.identity());
      assertEquals(scan.modality(), shown.modality());
      assertEquals(scan.frameCount(), shown.frameCount());
      assertEquals(scan.file(), shown.file());
      assertEquals(255 - scan.frame(0).get(300, 200), shown.frame(0).get(300, 200), "the viewer's pixels");
    }
  }
}
