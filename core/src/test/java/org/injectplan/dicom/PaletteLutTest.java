package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PaletteLutTest {

  @Test
  void refusesBadDescriptors() {
    assertThrows(IllegalArgumentException.class, () -> new PaletteLut.Descriptor(0, 0, 16));
    assertThrows(IllegalArgumentException.class, () -> new PaletteLut.Descriptor(256, 0, 12));
    assertEquals(65536, PaletteLut.Descriptor.of(0, 0, 16).entries(), "0 entries means 65536");
  }

  @Test
  void refusesAnUnknownOpcode() {
    assertThrows(IllegalArgumentException.class,
        () -> PaletteLut.expandSegments(new short[] {7, 1, 0}, 4));
  }

  @Test
  void expandsDiscreteLinearAndIndirectSegments() {
    short[] seg = {
        0, 3, 10, 20, 30, // discrete: 10 20 30
        1, 4, 70, // linear from 30 to 70 in 4 steps: 40 50 60 70
        2, 2, 0, 0}; // indirect: copy the 2 segments starting at word 0 again
    int[] expected = {10, 20, 30, 40, 50, 60, 70, 10, 20, 30, 40, 50, 60, 70};
    assertArrayEquals(expected, PaletteLut.expandSegments(seg, expected.length));
  }

  @Test
  void linearSegmentsRoundToTheNearestValue() {
    int[] out = PaletteLut.expandSegments(new short[] {0, 1, 0, 1, 3, 10}, 4);
    assertArrayEquals(new int[] {0, 3, 7, 10}, out, "10/3 = 3.33 and 6.67 round to 3 and 7");
  }

  @Test
  void mapsSixteenBitEntriesToTheirHighByteAndClampsIndices() {
    PaletteLut.Descriptor d = PaletteLut.Descriptor.of(3, 100, 16);
    short[] red = {0, (short) 0x8000, (short) 0xFF00};
    short[] green = {0, 0x0100, 0x0200};
    short[] blue = {(short) 0xFFFF, 0, 0};
    PaletteLut lut = PaletteLut.of(new PaletteLut.Descriptor[] {d, d, d}, new short[][] {red, green, blue}, false);
    assertEquals(0x8001_00 >> 0 & 0xFFFFFF, lut.rgb(101) & 0xFFFFFF, "index 101 is entry 1");
    assertEquals(lut.rgb(100), lut.rgb(3), "below the first mapped value: the first entry");
    assertEquals(lut.rgb(102), lut.rgb(60000), "above the last: the last entry");
    assertEquals(0xFF02_00 >> 0 & 0xFFFFFF, lut.rgb(102));
  }

  @Test
  void keepsEightBitEntriesPackedTwoAWord() {
    PaletteLut.Descriptor d = PaletteLut.Descriptor.of(4, 0, 8);
    short[] words = {0x2010, 0x4030};
    PaletteLut lut = PaletteLut.of(new PaletteLut.Descriptor[] {d, d, d}, new short[][] {words, words, words}, false);
    assertEquals(0x101010, lut.rgb(0));
    assertEquals(0x202020, lut.rgb(1));
    assertEquals(0x404040, lut.rgb(3));
  }
}
