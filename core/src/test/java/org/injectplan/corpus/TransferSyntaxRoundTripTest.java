package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.injectplan.bench.SyntheticCine;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * dcmtk re-encodes native scans (a synthetic greyscale cine, an RGB and a 10-bit corpus file)
 * into each lossless transfer syntax; every frame must decode to exactly the original's pixels.
 * This covers syntaxes the corpus lacks (deflated) and frames the corpus has one of.
 */
class TransferSyntaxRoundTripTest {
  @TempDir
  static Path tmp;

  private record Encoding(String name, String transferSyntax, List<String> command) {
  }

  private static final List<Encoding> ENCODINGS = List.of(
      new Encoding("implicit VR little endian", "1.2.840.10008.1.2", List.of("dcmconv", "+ti")),
      new Encoding("explicit VR big endian", "1.2.840.10008.1.2.2", List.of("dcmconv", "+tb")),
      new Encoding("deflated", "1.2.840.10008.1.2.1.99", List.of("dcmconv", "+td")),
      new Encoding("RLE lossless", "1.2.840.10008.1.2.5", List.of("dcmcrle")),
      new Encoding("JPEG lossless SV1", "1.2.840.10008.1.2.4.70", List.of("dcmcjpeg", "+e1")));

  @TestFactory
  Stream<DynamicTest> everyLosslessSyntaxDecodesToTheOriginal() throws Exception {
    Path cine = tmp.resolve("cine.dcm");
    SyntheticCine.write(new SyntheticCine.Spec(4, 96, 64, SyntheticCine.Storage.NATIVE, 21), cine);
    List<Path> originals = List.of(cine, Corpus.root().resolve("real/US-RGB-8-esopecho.dcm"),
        Corpus.root().resolve("real/XA1_UNC.dcm"));
    return originals.stream().flatMap(original -> ENCODINGS.stream().map(enc -> DynamicTest.dynamicTest(
        original.getFileName() + " as " + enc.name(), () -> roundTrip(original, enc))));
  }

  private static void roundTrip(Path original, Encoding enc) throws Exception {
    Path encoded = tmp.resolve(original.getFileName() + "." + enc.transferSyntax() + ".dcm");
    String[] cmd = Stream.concat(enc.command().stream(), Stream.of(original.toString(), encoded.toString()))
        .toArray(String[]::new);
    Oracles.run(cmd);
    try (Scan a = ScanLoader.open(original); Scan b = ScanLoader.open(encoded)) {
      assertEquals(enc.transferSyntax(), b.transferSyntaxUid());
      assertEquals(a.frameCount(), b.frameCount());
      assertEquals(a.format().photometric(), b.format().photometric());
      for (int i = 0; i < a.frameCount(); i++) {
        Object pa = a.frame(i).getPixels();
        Object pb = b.frame(i).getPixels();
        if (pa instanceof byte[] x) {
          assertArrayEquals(x, (byte[]) pb, "frame " + i);
        } else if (pa instanceof short[] x) {
          assertArrayEquals(x, (short[]) pb, "frame " + i);
        } else {
          assertArrayEquals((int[]) pa, (int[]) pb, "frame " + i);
        }
      }
    }
  }
}
