package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Independent decoders to compare ours against: dcmtk (dcmj2pnm for colour, dcmdjpeg/dcmdrle/
 * dcmconv + dcmdump for the stored values of monochrome frames) and, for segmented palettes that
 * dcmtk 3.6.7 refuses, Debian's pydicom. Results are cached under target/oracle.
 */
final class Oracles {

  private Oracles() {
  }

  static Path workDir() throws IOException {
    try {
      Path classes = Path.of(Oracles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = classes.getParent().resolve("oracle");
      Files.createDirectories(dir);
      return dir;
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /**
   * The frame (0-based) as 8-bit RGB from dcmtk's dcmj2pnm: one int 0xRRGGBB a pixel. All frames
   * are converted at once (dcmtk cannot pick one frame out of fragments without an offset table).
   * A JPEG-LS file is decompressed by dcmdjpls first (dcmj2pnm has no JPEG-LS codec).
   */
  static int[] dcmtkRgb(Path dcm, int frame, boolean jpegLs) throws IOException, InterruptedException {
    Path dir = workDir().resolve(dcm.getFileName() + ".ppm.d");
    if (!Files.exists(dir.resolve("done"))) {
      Files.createDirectories(dir);
      Path input = dcm;
      if (jpegLs) { // dcmj2pnm has no JPEG-LS codec: dcmdjpls decompresses first
        input = dir.resolve("u.dcm");
        run("dcmdjpls", dcm.toString(), input.toString());
      }
      run("dcmj2pnm", "+Fa", "+op", input.toString(), dir.resolve("f.ppm").toString());
      Files.writeString(dir.resolve("done"), "");
    }
    return Pnm.readRgb(dir.resolve("f.ppm." + frame + ".ppm"));
  }

  /**
   * The stored values of a monochrome frame (0-based), decompressed by dcmtk into explicit VR
   * little endian and written raw by dcmdump, masked to the stored bits.
   */
  static int[] dcmtkStored(Path dcm, int frame, int pixels, int bitsAllocated, int bitsStored, int highBit,
      String codecTool) throws IOException, InterruptedException {
    Path dir = workDir().resolve(dcm.getFileName() + ".raw.d");
    Path uncompressed = dir.resolve("u.dcm");
    if (!Files.exists(dir.resolve("done"))) {
      Files.createDirectories(dir);
      switch (codecTool) {
        case "dcmdjpeg" -> run("dcmdjpeg", dcm.toString(), uncompressed.toString());
        case "dcmdrle" -> run("dcmdrle", dcm.toString(), uncompressed.toString());
        case "dcmdjpls" -> run("dcmdjpls", dcm.toString(), uncompressed.toString());
        default -> run("dcmconv", "+te", dcm.toString(), uncompressed.toString());
      }
      run("dcmdump", "-q", "+W", dir.toString(), uncompressed.toString());
      Files.writeString(dir.resolve("done"), "");
    }
    Path raw;
    try (Stream<Path> s = Files.list(dir)) {
      raw = s.filter(p -> p.toString().endsWith(".raw")).sorted().reduce((a, b) -> a.toString().length()
          <= b.toString().length() ? a : b).orElseThrow(() -> new IOException("dcmdump wrote no pixel data"));
    }
    byte[] b = RAW.computeIfAbsent(raw, Oracles::readAll);
    int bytes = bitsAllocated / 8;
    long start = (long) frame * pixels * bytes;
    int[] v = new int[pixels];
    int shift = highBit + 1 - bitsStored;
    int mask = (1 << bitsStored) - 1;
    for (int i = 0; i < pixels; i++) {
      int p = (int) (start + (long) i * bytes);
      int raw16 = bytes == 1 ? b[p] & 0xFF : (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
      v[i] = (raw16 >>> shift) & mask;
    }
    return v;
  }

  /** dcmdump's raw pixel files, kept so that the frames of a cine read the file once. */
  private static final Map<Path, byte[]> RAW = new ConcurrentHashMap<>();

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PALETTE COLOR frame through pydicom's apply_color_lut, 16-bit entries taken to 8 bits. */
  static int[] pydicomPaletteRgb(Path dcm, int frame) throws IOException, InterruptedException {
    Path out = workDir().resolve(dcm.getFileName() + ".f" + frame + ".pydicom.ppm");
    if (!Files.exists(out)) {
      String script = String.join("\n",
          "import sys, pydicom, numpy as np",
          "from pydicom.pixel_data_handlers.util import apply_color_lut",
          "ds = pydicom.dcmread(sys.argv[1])",
          "px = ds.pixel_array",
          "px = px[int(sys.argv[2])] if int(getattr(ds, 'NumberOfFrames', 1) or 1) > 1 else px",
          "rgb = apply_color_lut(px, ds)",
          "bits = int(ds.RedPaletteColorLookupTableDescriptor[2])",
          "rgb = (rgb >> 8) if (bits == 16 and rgb.max() > 255) else rgb",
          "rgb = rgb.astype(np.uint8)",
          "h, w = rgb.shape[:2]",
          "open(sys.argv[3], 'wb').write(b'P6\\n%d %d\\n255\\n' % (w, h) + rgb.tobytes())");
      run("/usr/bin/python3", "-c", script, dcm.toString(), String.valueOf(frame), out.toString());
    }
    return Pnm.readRgb(out);
  }

  static void run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail(command[0] + " is not installed (apt-get install dcmtk python3-pydicom): " + e.getMessage());
      return;
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(log);
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", cmd) + " timed out");
    }
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + log);
    }
  }
}
