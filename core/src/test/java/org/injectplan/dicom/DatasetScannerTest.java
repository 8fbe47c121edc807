package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class DatasetScannerTest {
  private static final Path FILE = Path.of("test.dcm");
  private static final String ELE = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;

  private static DatasetLayout scan(byte[] b) throws BadScanException {
    return DatasetScanner.scan(FILE, ByteSource.of(b));
  }

  @Test
  void refusesATooShortFile() {
    BadScanException e = assertThrows(BadScanException.class, () -> scan(new byte[5]));
    assertTrue(e.reason().contains("too short"), e.reason());
    assertEquals(FILE, e.file());
  }

  @Test
  void refusesAnElementLongerThanTheFile() {
    byte[] b = new DicomBytes().preamble().meta(ELE).header(0x0008, 0x1030, "UT", 1_000_000_000L)
        .raw(new byte[10]).bytes();
    BadScanException e = assertThrows(BadScanException.class, () -> scan(b));
    assertTrue(e.reason().contains("(0008,1030)") && e.reason().contains("1000000000"), e.reason());
  }

  @Test
  void refusesAnUnsupportedTransferSyntaxByName() {
    byte[] b = new DicomBytes().preamble().meta("1.2.840.10008.1.2.4.201").image(2, 2, 1).bytes();
    BadScanException e = assertThrows(BadScanException.class, () -> scan(b));
    assertEquals("unsupported transfer syntax 1.2.840.10008.1.2.4.201 (High-Throughput JPEG 2000 Image Compression"
        + " (Lossless Only))", e.reason());
  }

  @Test
  void refusesAnUnknownTransferSyntax() {
    byte[] b = new DicomBytes().preamble().meta("1.2.3.4").image(2, 2, 1).bytes();
    BadScanException e = assertThrows(BadScanException.class, () -> scan(b));
    assertEquals("unsupported transfer syntax 1.2.3.4 (unknown)", e.reason());
  }

  @Test
  void refusesASequenceWithoutDelimiter() {
    byte[] b = new DicomBytes().preamble().meta(ELE).header(0x0018, 0x6011, "SQ", 0xFFFFFFFFL)
        .item(0xFFFFFFFFL).us(0x0018, 0x6012, 1).itemDelimiter().bytes();
    BadScanException e = assertThrows(BadScanException.class, () -> scan(b));
    assertTrue(e.reason().contains("no sequence delimiter"), e.reason());
  }

  @Test
  void refusesSequencesNestedTooDeep() {
    DicomBytes d = new DicomBytes().preamble().meta(ELE);
    for (int i = 0; i < 40; i++) {
      d.header(0x0040, 0xA730, "SQ", 0xFFFFFFFFL).item(0xFFFFFFFFL);
    }
    BadScanException e = assertThrows(BadScanException.class, () -> scan(d.bytes()));
    assertTrue(e.reason().contains("nested deeper"), e.reason());
  }

  @Test
  void reportsPixelDataCutShortWithoutReadingIt() throws Exception {
    byte[] b = new DicomBytes().preamble().meta(ELE).image(100, 100, 1)
        .header(0x7FE0, 0x0010, "OB", 3_000_000_000L).raw(new byte[64]).bytes();
    PixelDataLayout px = scan(b).pixelData().orElseThrow();
    assertNotNull(px.problem());
    assertTrue(px.problem().contains("3000000000") && px.problem().contains("64 remain"), px.problem());
  }

  @Test
  void findsFragmentsAndTheOffsetTable() throws Exception {
    byte[] b = new DicomBytes().preamble().meta("1.2.840.10008.1.2.4.50").image(2, 2, 2)
        .header(0x7FE0, 0x0010, "OB", 0xFFFFFFFFL)
        .item(8).raw(new byte[] {0, 0, 0, 0, 14, 0, 0, 0})
        .item(6).raw(new byte[6]).item(4).raw(new byte[4]).sequenceDelimiter().bytes();
    PixelDataLayout px = scan(b).pixelData().orElseThrow();
    assertTrue(px.encapsulated());
    assertEquals(2, px.fragmentCount());
    assertEquals(6, px.fragmentLength(0));
    assertEquals(4, px.fragmentLength(1));
    assertEquals(px.fragmentOffset(0) + 6 + 8, px.fragmentOffset(1));
    assertEquals(14, px.basicOffsetTable()[1]);
    assertFalse(px.sequenceDelimiterMissing());
  }

  @Test
  void toleratesAMissingDelimiterAfterTheLastFragment() throws Exception {
    byte[] b = new DicomBytes().preamble().meta("1.2.840.10008.1.2.4.50").image(2, 2, 1)
        .header(0x7FE0, 0x0010, "OB", 0xFFFFFFFFL).item(0).item(4).raw(new byte[4]).bytes();
    PixelDataLayout px = scan(b).pixelData().orElseThrow();
    assertTrue(px.sequenceDelimiterMissing());
    assertEquals(1, px.fragmentCount());
  }

  @Test
  void readsAFileWithoutPreambleOrMeta() throws Exception {
    byte[] b = new DicomBytes().image(2, 2, 1).element(0x7FE0, 0x0010, "OB", new byte[4]).bytes();
    DatasetLayout l = scan(b);
    assertFalse(l.hasMetaHeader());
    assertEquals(ELE, l.transferSyntaxUid());
    assertEquals(4, l.pixelData().orElseThrow().valueLength());
  }

  @Test
  void isNotFooledByDicmInsideTheData() throws Exception {
    byte[] text = new byte[80];
    java.util.Arrays.fill(text, (byte) 'X');
    DicomBytes d = new DicomBytes().string(0x0008, 0x0005, "CS", "ISO_IR 100").element(0x0008, 0x0070, "LO", text);
    byte[] head = d.bytes();
    // place "DICM" at offset 128, inside the value of the next element
    int pad = 128 - head.length - 8;
    byte[] value = new byte[pad + 6];
    java.util.Arrays.fill(value, (byte) ' ');
    System.arraycopy("DICMA1".getBytes(), 0, value, pad, 6);
    byte[] b = d.element(0x0008, 0x1010, "SH", value).bytes();
    assertEquals('D', b[128]);
    DatasetLayout l = scan(b);
    assertFalse(l.hasMetaHeader());
    assertTrue(l.pixelData().isEmpty());
  }

  @Test
  void inflatesADeflatedDataSet() throws Exception {
    byte[] dataset = new DicomBytes().image(2, 2, 1).element(0x7FE0, 0x0010, "OB", new byte[] {1, 2, 3, 4}).bytes();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(dataset);
    deflater.finish();
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    byte[] buf = new byte[1024];
    while (!deflater.finished()) {
      z.write(buf, 0, deflater.deflate(buf));
    }
    byte[] b = new DicomBytes().preamble().meta(TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)
        .raw(z.toByteArray()).bytes();
    DatasetLayout l = scan(b);
    PixelDataLayout px = l.pixelData().orElseThrow();
    assertEquals(4, px.valueLength());
    assertEquals(3, l.source().read(px.valueOffset() + 2, 1)[0]);
  }
}
