package org.injectplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The plan's JSON Schema (on the class path, {@code org/injectplan/plan/plan.schema.json}; the
 * same file in docs/) through an independent validator, networknt's json-schema-validator.
 */
public final class PlanSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private PlanSchema() {
  }

  private static Schema load() {
    try (InputStream in = PlanSchema.class.getResourceAsStream("/org/injectplan/plan/plan.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("plan.schema.json is not on the class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema's complaints about the JSON text, one line each; empty when it validates. */
  public static List<String> errors(String json) throws IOException {
    return errors(MAPPER.readTree(json));
  }

  public static List<String> errors(JsonNode json) {
    return SCHEMA.validate(json).stream().map(Error::toString).toList();
  }

  public static List<String> errors(Path file) throws IOException {
    return errors(MAPPER.readTree(Files.readAllBytes(file)));
  }

  public static List<String> errors(Plan plan) throws IOException {
    return errors(PlanJson.toJson(plan));
  }
}
