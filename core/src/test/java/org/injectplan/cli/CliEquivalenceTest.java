package org.injectplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line gives the same outputs as before the workflow refactor (issue 12): every run of
 * {@link CliRuns} on every sample scan against {@code cli-outputs-pre-refactor.json}, recorded from
 * main at d491509 before the refactor, numbers compared at a relative 1e-9
 * ({@link GoldenCompare}), UIDs, dates, times and a plan's provenance left out. It is recorded anew
 * only when an algorithm change is meant to move an output, each time with the list of what moved in
 * the commit (git log of the file): {@code -Dinjectplan.golden.write=PATH}.
 */
class CliEquivalenceTest {
  static final String GOLDEN = "/org/injectplan/cli/cli-outputs-pre-refactor.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void comparisonCatchesAChangedNumberAndText() {
    JsonNode a = MAPPER.createObjectNode().put("depthMm", 23.4).put("stdout", "depth 23.4 mm")
        .put("sopInstanceUid", "1.2");
    JsonNode same = MAPPER.createObjectNode().put("depthMm", 23.4 * (1 + 1e-12)).put("stdout", "depth 23.4 mm")
        .put("sopInstanceUid", "9.9");
    JsonNode moved = MAPPER.createObjectNode().put("depthMm", 23.4 * (1 + 1e-6)).put("stdout", "depth 23.5 mm")
        .put("sopInstanceUid", "1.2");
    assertEquals(List.of(), GoldenCompare.json("", a, same));
    assertEquals(2, GoldenCompare.json("", a, moved).size(), GoldenCompare.json("", a, moved).toString());
    assertFalse(GoldenCompare.text("t", "path 1 mm", "path 1 cm").isEmpty());
    JsonNode ab = MAPPER.createObjectNode().put("volumeMl", 1.0).put("model", "m");
    JsonNode ba = MAPPER.createObjectNode().put("model", "m").put("volumeMl", 1.0);
    assertEquals(List.of(), GoldenCompare.json("", ab, ba), "an object's keys in any order");
    ObjectNode stamped = ab.deepCopy();
    stamped.putObject("provenance").put("softwareVersion", "0.1.0");
    assertEquals(List.of(), GoldenCompare.json("", ab, stamped), "a plan's provenance is not compared");
    ObjectNode added = ab.deepCopy();
    added.put("bolusMl", 0.5);
    assertEquals(1, GoldenCompare.json("", ab, added).size(), "any other key that appears is a difference");
  }

  @Test
  void everySampleGivesThePreRefactorOutputs() throws Exception {
    ObjectNode now = new CliRuns(samples(), tmp).all();
    String write = System.getProperty("injectplan.golden.write");
    if (write != null && !write.isBlank()) {
      ObjectNode golden = MAPPER.createObjectNode();
      golden.put("comment", "Output of the command line on every sample, recorded by CliEquivalenceTest at d491509 before"
          + " the workflow facade of issue 12 and again only where an algorithm change was meant to move an output"
          + " (each listed in the commit); never to make a refactor pass.");
      golden.set("runs", now);
      Files.writeString(Path.of(write), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(golden) + "\n");
    }
    JsonNode golden;
    try (InputStream in = write != null && !write.isBlank() ? Files.newInputStream(Path.of(write))
        : CliEquivalenceTest.class.getResourceAsStream(GOLDEN)) {
      assertNotNull(in, GOLDEN + " is not on the class path");
      golden = MAPPER.readTree(in).get("runs");
    }
    assertTrue(golden.size() > 50, "runs recorded: " + golden.size());
    List<String> diffs = new ArrayList<>(GoldenCompare.json("", golden, now));
    assertEquals(List.of(), diffs, String.join("\n", diffs));
  }

  /** sample-dicom's samples, beside this module (core/target/test-classes → sample-dicom/...). */
  private static Path samples() throws URISyntaxException {
    return org.injectplan.SampleFolders.dir();
  }
}
