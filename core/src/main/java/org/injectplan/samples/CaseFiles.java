package org.injectplan.samples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.io.AtomicOutput;

/**
 * Where one case's files go: {@code <dir>/<id>/<id>.dcm}, {@code <id>.truth.json},
 * {@code <id>.plan.json} and {@code masks/<kind>-fNN.png}. JSON is written with a fixed indenter
 * and "\n" line ends, so it is byte-stable.
 */
record CaseFiles(Path dir, String id) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  Path folder() {
    return dir.resolve(id);
  }

  Path dicom() {
    return folder().resolve(id + ".dcm");
  }

  Path truth() {
    return folder().resolve(id + ".truth.json");
  }

  Path plan() {
    return folder().resolve(id + ".plan.json");
  }

  /** The mask file of {@code kind} for frame {@code frame}, relative to the case's folder. */
  static String maskName(String kind, int frame) {
    return String.format(Locale.ROOT, "masks/%s-f%02d.png", kind, frame);
  }

  void writeMask(String kind, int frame, Mask m) throws IOException {
    AtomicOutput.write(folder().resolve(maskName(kind, frame)), true, out -> MaskPng.write(m, out));
  }

  void writeJson(Path file, ObjectNode node) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    byte[] bytes = (MAPPER.writer(pp).writeValueAsString(node) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AtomicOutput.write(file, true, o -> o.write(bytes));
  }
}
