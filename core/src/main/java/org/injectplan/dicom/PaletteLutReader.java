package org.injectplan.dicom;

import com.pixelmed.dicom.AttributeTag;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Reads the palette of a PALETTE COLOR image: normal or segmented tables. */
public final class PaletteLutReader {
  private PaletteLutReader() {
  }

  public static PaletteLut read(Path file, Header h) throws BadScanException {
    AttributeTag[] descriptorTags = {DicomTags.RED_PALETTE_DESCRIPTOR,
        DicomTags.GREEN_PALETTE_DESCRIPTOR, DicomTags.BLUE_PALETTE_DESCRIPTOR};
    AttributeTag[] dataTags = {DicomTags.RED_PALETTE_DATA, DicomTags.GREEN_PALETTE_DATA,
        DicomTags.BLUE_PALETTE_DATA};
    AttributeTag[] segmentedTags = {DicomTags.SEGMENTED_RED_PALETTE_DATA,
        DicomTags.SEGMENTED_GREEN_PALETTE_DATA, DicomTags.SEGMENTED_BLUE_PALETTE_DATA};
    String[] names = {"red", "green", "blue"};
    PaletteLut.Descriptor[] descriptors = new PaletteLut.Descriptor[3];
    short[][] words = new short[3][];
    boolean segmented = !h.has(dataTags[0]) && h.has(segmentedTags[0]);
    try {
      for (int c = 0; c < 3; c++) {
        OptionalInt entries = h.integer(descriptorTags[c], 0);
        OptionalInt first = h.integer(descriptorTags[c], 1);
        OptionalInt bits = h.integer(descriptorTags[c], 2);
        if (entries.isEmpty() || first.isEmpty() || bits.isEmpty()) {
          throw new BadScanException(file, "PALETTE COLOR without a complete " + names[c]
              + " palette descriptor (0028,110" + (c + 1) + ")");
        }
        descriptors[c] = PaletteLut.Descriptor.of(entries.getAsInt() & 0xFFFF, first.getAsInt() & 0xFFFF,
            bits.getAsInt());
        AttributeTag tag = segmented ? segmentedTags[c] : dataTags[c];
        String name = names[c];
        words[c] = h.words(tag).orElseThrow(() -> new BadScanException(file,
            "PALETTE COLOR without " + name + " palette data"));
      }
      return PaletteLut.of(descriptors, words, segmented);
    } catch (IllegalArgumentException e) {
      throw new BadScanException(file, "bad palette: " + e.getMessage());
    }
  }
}
