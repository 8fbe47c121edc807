package org.injectplan.dicom;

import java.util.Arrays;

/**
 * Where the Pixel Data (7FE0,0010) value lies in the data set: one span for native pixels, or
 * the Basic Offset Table and the fragments of encapsulated pixels. Offsets are into the data
 * set's {@link ByteSource}; {@code elementOffset} is where the element's tag starts. {@code problem} says what was wrong if the element was cut short
 * (a fragment or the value runs past the end of the file); it is null when the element is whole.
 */
public record PixelDataLayout(
    long elementOffset,
    boolean encapsulated,
    long valueOffset,
    long valueLength,
    long[] basicOffsetTable,
    long[] fragmentOffsets,
    int[] fragmentLengths,
    boolean sequenceDelimiterMissing,
    String problem) {

  public PixelDataLayout {
    basicOffsetTable = basicOffsetTable.clone();
    fragmentOffsets = fragmentOffsets.clone();
    fragmentLengths = fragmentLengths.clone();
    if (fragmentOffsets.length != fragmentLengths.length) {
      throw new IllegalArgumentException("fragment offsets and lengths differ in count");
    }
  }

  static PixelDataLayout nativePixels(long elementOffset, long offset, long length, String problem) {
    return new PixelDataLayout(elementOffset, false, offset, length, new long[0], new long[0], new int[0], false, problem);
  }

  public int fragmentCount() {
    return fragmentOffsets.length;
  }

  public long fragmentOffset(int i) {
    return fragmentOffsets[i];
  }

  public int fragmentLength(int i) {
    return fragmentLengths[i];
  }

  public long[] basicOffsetTable() {
    return basicOffsetTable.clone();
  }

  @Override
  public String toString() {
    return encapsulated
        ? "encapsulated, " + fragmentOffsets.length + " fragments, offset table " + Arrays.toString(basicOffsetTable)
        : "native, " + valueLength + " bytes at " + valueOffset;
  }
}
