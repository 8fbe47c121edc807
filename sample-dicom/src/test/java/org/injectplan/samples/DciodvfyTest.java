package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** dicom3tools' dciodvfy, an independent oracle, finds no error in any committed sample. */
class DciodvfyTest {
  private static final Path DCIODVFY = Path.of("/usr/bin/dciodvfy");

  @ParameterizedTest
  @EnumSource(SampleCase.class)
  void noErrors(SampleCase c) throws IOException, InterruptedException {
    if (!Files.isExecutable(DCIODVFY)) {
      fail("dciodvfy is missing: apt-get install dicom3tools");
    }
    Path file = CommittedSamples.dicom(c);
    assertTrue(Files.isRegularFile(file), "committed sample missing: " + file);
    Process p = new ProcessBuilder(DCIODVFY.toString(), file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dciodvfy did not finish");
    List<String> lines = out.lines().collect(Collectors.toList());
    List<String> warnings = lines.stream().filter(l -> l.startsWith("Warning")).collect(Collectors.toList());
    if (!warnings.isEmpty()) {
      System.out.println(c.id() + ": dciodvfy warnings (allowed):\n  " + String.join("\n  ", warnings));
    }
    List<String> errors = lines.stream().filter(l -> l.startsWith("Error")).collect(Collectors.toList());
    assertEquals(List.of(), errors, c.id() + ": dciodvfy errors");
  }
}
