package org.injectplan.dicom;

import com.pixelmed.dicom.AttributeTag;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/** Reads and checks the Image Pixel module; a missing or inconsistent value names itself. */
public final class PixelFormatReader {
  private static final Set<String> PHOTOMETRIC = Set.of("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL",
      "YBR_FULL_422", "PALETTE COLOR", "YBR_RCT", "YBR_ICT", "YBR_PARTIAL_420", "YBR_PARTIAL_422");

  private PixelFormatReader() {
  }

  public static PixelFormat read(Path file, Header h) throws BadScanException {
    int rows = required(file, h, DicomTags.ROWS, "Rows (0028,0010)");
    int columns = required(file, h, DicomTags.COLUMNS, "Columns (0028,0011)");
    int bitsAllocated = required(file, h, DicomTags.BITS_ALLOCATED, "Bits Allocated (0028,0100)");
    int samples = h.integer(DicomTags.SAMPLES_PER_PIXEL).orElse(1);
    int bitsStored = h.integer(DicomTags.BITS_STORED).orElse(bitsAllocated);
    int highBit = h.integer(DicomTags.HIGH_BIT).orElse(bitsStored - 1);
    boolean signed = h.integer(DicomTags.PIXEL_REPRESENTATION).orElse(0) == 1;
    String photometric = h.string(DicomTags.PHOTOMETRIC_INTERPRETATION)
        .orElse(samples == 3 ? "RGB" : "MONOCHROME2").toUpperCase(Locale.ROOT);
    int planar = h.integer(DicomTags.PLANAR_CONFIGURATION).orElse(0);
    int frames = frames(file, h);
    if (!PHOTOMETRIC.contains(photometric)) {
      throw new BadScanException(file, "Photometric Interpretation " + photometric + " is not supported");
    }
    boolean monochromeOrPalette = photometric.startsWith("MONOCHROME") || photometric.equals("PALETTE COLOR");
    if (monochromeOrPalette != (samples == 1)) {
      throw new BadScanException(file, "Photometric Interpretation " + photometric + " with "
          + samples + " samples per pixel");
    }
    if (bitsAllocated == 32 && samples != 1 || bitsAllocated == 32 && photometric.equals("PALETTE COLOR")) {
      throw new BadScanException(file, "Bits Allocated 32 is supported for monochrome only");
    }
    try {
      return new PixelFormat(rows, columns, frames, samples, bitsAllocated, bitsStored, highBit, signed,
          photometric, planar);
    } catch (IllegalArgumentException e) {
      throw new BadScanException(file, e.getMessage());
    }
  }

  /** Number of Frames (0028,0008), read tolerantly ("1A" is 1); absent means one frame. */
  private static int frames(Path file, Header h) throws BadScanException {
    if (!h.has(DicomTags.NUMBER_OF_FRAMES)) {
      return 1;
    }
    OptionalInt n = h.integer(DicomTags.NUMBER_OF_FRAMES);
    if (n.isEmpty() || n.getAsInt() < 1) {
      throw new BadScanException(file, "Number of Frames (0028,0008) is not a positive number: "
          + h.string(DicomTags.NUMBER_OF_FRAMES).orElse(""));
    }
    return n.getAsInt();
  }

  private static int required(Path file, Header h, AttributeTag tag, String name)
      throws BadScanException {
    OptionalInt v = h.integer(tag);
    if (v.isEmpty()) {
      throw new BadScanException(file, "no " + name);
    }
    return v.getAsInt();
  }
}
