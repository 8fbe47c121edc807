package org.injectplan.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * tesseract (Debian tesseract-ocr) as the oracle that reads burned-in text. To read as much as it
 * can, each picture is made grey, inverted (dark text on light), enlarged three times, and read
 * whole and in overlapping horizontal strips (a banner alone reads better than a whole frame), in
 * page and sparse-text modes; everything read is returned, upper case.
 */
final class Ocr {
  private Ocr() {
  }

  static boolean available() {
    try {
      return DicomOracles.run("tesseract", "--version").exit() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static String read(BufferedImage img, Path work) throws IOException, InterruptedException {
    return read(img, work, List.of());
  }

  /**
   * Everything tesseract reads in the picture, upper case. The pieces (the whole picture in two
   * modes, then each strip in two) are read two at a time (one tesseract thread each); a piece of
   * one grey level holds no text and is not read. With {@code stopWhenFound} non-empty, reading
   * stops once all of those tokens are read (the positive control needs no more).
   */
  static String read(BufferedImage img, Path work, List<String> stopWhenFound) throws IOException,
      InterruptedException {
    List<String[]> pieces = new ArrayList<>();
    int h = img.getHeight();
    int strip = Math.max(40, h / 6);
    List<BufferedImage> parts = new ArrayList<>();
    parts.add(img);
    for (int y = 0; y < h; y += strip / 2) {
      parts.add(img.getSubimage(0, y, img.getWidth(), Math.min(strip, h - y)));
    }
    StringBuilder text = new StringBuilder();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < parts.size(); i++) {
        BufferedImage part = parts.get(i);
        if (uniform(part)) {
          continue;
        }
        String[] modes = i == 0 ? new String[] {"3", "11"} : new String[] {"6", "11"};
        List<Future<String>> reads = new ArrayList<>();
        for (String psm : modes) {
          reads.add(pool.submit(() -> readOnce(part, work, psm)));
        }
        for (Future<String> f : reads) {
          text.append('\n').append(f.get());
        }
        String upper = text.toString().toUpperCase(Locale.ROOT);
        if (!stopWhenFound.isEmpty() && found(upper, stopWhenFound).size() == stopWhenFound.size()) {
          break;
        }
      }
    } catch (ExecutionException e) {
      throw new IOException("tesseract: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return text.toString().toUpperCase(Locale.ROOT);
  }

  /** Whether every pixel of the picture has the same colour (nothing to read). */
  static boolean uniform(BufferedImage img) {
    int first = img.getRGB(0, 0);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (img.getRGB(x, y) != first) {
          return false;
        }
      }
    }
    return true;
  }

  static String read(Path png, Path work) throws IOException, InterruptedException {
    return read(ImageIO.read(png.toFile()), work);
  }

  private static String readOnce(BufferedImage img, Path work, String psm) throws IOException, InterruptedException {
    int s = 3;
    BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int l = (299 * ((p >> 16) & 255) + 587 * ((p >> 8) & 255) + 114 * (p & 255)) / 1000;
        grey.getRaster().setSample(x, y, 0, 255 - l);
      }
    }
    BufferedImage big = new BufferedImage(img.getWidth() * s, img.getHeight() * s, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(grey, 0, 0, big.getWidth(), big.getHeight(), null);
    g.dispose();
    Path in = Files.createTempFile(work, "ocr", ".png");
    ImageIO.write(big, "png", in.toFile());
    DicomOracles.Run r = tesseract(in.toString(), "stdout", "--psm", psm);
    Files.delete(in);
    if (r.exit() != 0) {
      throw new IOException("tesseract failed on " + in + ": " + r.output());
    }
    return r.output();
  }

  /** tesseract with one OpenMP thread: pieces are read in parallel instead. */
  private static DicomOracles.Run tesseract(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tesseract"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("hung: " + String.join(" ", cmd));
    }
    return new DicomOracles.Run(p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The tokens of {@code tokens} found in {@code text} as whole words (text upper case). */
  static List<String> found(String text, List<String> tokens) {
    return tokens.stream().filter(t -> java.util.regex.Pattern.compile("(?<![A-Z0-9])"
        + java.util.regex.Pattern.quote(t.toUpperCase(Locale.ROOT)) + "(?![A-Z0-9])").matcher(text).find()).toList();
  }

  /** The frame of a DICOM file as dcmtk decodes it (dcmj2pnm, PNG), independent of our loader. */
  static BufferedImage dcmtk(Path dicom, Path work) throws IOException, InterruptedException {
    Path png = Files.createTempFile(work, "dcmj2pnm", ".png");
    DicomOracles.Run r = DicomOracles.run("dcmj2pnm", "+on", "-il", "+F", "1", dicom.toString(), png.toString());
    if (r.exit() != 0) {
      throw new IOException("dcmj2pnm failed on " + dicom + ": " + r.output());
    }
    return ImageIO.read(png.toFile());
  }

  /** Page 1 of a PDF as poppler renders it at 150 dpi. */
  static BufferedImage pdfPage(Path pdf, int page, Path work) throws IOException, InterruptedException {
    Path prefix = work.resolve("page-" + System.nanoTime());
    DicomOracles.Run r = DicomOracles.run("pdftoppm", "-r", "150", "-png", "-f", Integer.toString(page), "-l",
        Integer.toString(page), "-singlefile", pdf.toString(), prefix.toString());
    if (r.exit() != 0) {
      throw new IOException("pdftoppm failed on " + pdf + ": " + r.output());
    }
    return ImageIO.read(Path.of(prefix + ".png").toFile());
  }
}
