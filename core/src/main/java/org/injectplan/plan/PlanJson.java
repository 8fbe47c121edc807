package org.injectplan.plan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plan's JSON form (DESIGN.md, "plan JSON"), version {@value #VERSION}. Keys a later writer
 * adds are ignored on reading (keys are added, never renamed); a plan read back from what
 * {@link #write} wrote equals the plan written.
 */
public final class PlanJson {
  /** The contract version this code writes and reads. */
  public static final String VERSION = "1";
  /** Plans larger than this are refused before parsing (a plan is a few kilobytes). */
  static final long MAX_BYTES = 16L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private PlanJson() {
  }

  /** Writes the plan as indented JSON (UTF-8); the stream is not closed. */
  public static void write(Plan plan, OutputStream out) throws IOException {
    MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, plan);
  }

  public static String toJson(Plan plan) {
    try {
      return MAPPER.writeValueAsString(plan);
    } catch (IOException e) {
      throw new IllegalStateException("a plan record did not serialise", e);
    }
  }

  /**
   * Reads a plan file.
   *
   * @throws BadPlanException naming the file when it is not JSON, not a plan of a known version,
   *     or a value is missing or out of range
   */
  public static Plan read(Path file) throws IOException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadPlanException(file, "larger than " + (MAX_BYTES >> 20) + " MB: not a plan", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadPlanException(file, "no such file", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new BadPlanException(file, "permission denied", e);
    }
    return parse(file, bytes);
  }

  /**
   * Reads a plan from a stream (not closed), checked as {@link #read(Path)} checks a file.
   *
   * @param source what the plan is read from, named in the exception (a file, a resource)
   * @throws BadPlanException naming the source when the stream holds no valid plan or is larger
   *     than a plan can be
   */
  public static Plan read(InputStream in, Path source) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new BadPlanException(source, "larger than " + (MAX_BYTES >> 20) + " MB: not a plan", null);
    }
    return parse(source, bytes);
  }

  /**
   * Reads a plan from its JSON text (a plan kept in memory, e.g. on an image), checked as
   * {@link #read(Path)} checks a file.
   *
   * @param source what the text belongs to, named in the exception
   * @throws BadPlanException naming the source when the text is not a valid plan
   */
  public static Plan parse(String json, Path source) throws BadPlanException {
    if (json == null) {
      throw new BadPlanException(source, "no plan (null)", null);
    }
    return parse(source, json.getBytes(StandardCharsets.UTF_8));
  }

  static Plan parse(Path file, byte[] json) throws BadPlanException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new BadPlanException(file, "not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new BadPlanException(file, "unreadable: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new BadPlanException(file, "not a JSON object", null);
    }
    String tooLarge = PlanLimits.check(root);
    if (tooLarge != null) {
      throw new BadPlanException(file, "too large: " + tooLarge, null);
    }
    JsonNode version = root.get("version");
    if (version == null || !VERSION.equals(version.asText())) {
      throw new BadPlanException(file, "plan version " + (version == null ? "missing" : version.toString())
          + " is not supported (this reads version " + VERSION + ")", null);
    }
    try {
      return MAPPER.treeToValue(root, Plan.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new BadPlanException(file, cause.getMessage(), e);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      String what = e.getOriginalMessage().startsWith("Cannot map `null`") ? "missing or null"
          : e.getOriginalMessage().replaceAll(" \\(set DeserializationConfig.*$", "");
      throw new BadPlanException(file, "not a plan: " + where(e) + what, e);
    } catch (JacksonException e) {
      throw new BadPlanException(file, "not a plan: " + e.getOriginalMessage(), e);
    }
  }

  /** "deposition.volumeMl: " from the path of a mapping failure. */
  private static String where(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder key = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        key.append(key.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        key.append('[').append(r.getIndex()).append(']');
      }
    }
    return key.length() == 0 ? "" : key + ": ";
  }
}
