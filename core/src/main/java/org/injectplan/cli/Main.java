package org.injectplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import org.injectplan.dicom.BadScanException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code injectplan} entry point. */
@Command(name = "injectplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Image-guided joint injection planning on ultrasound and fluoroscopy DICOM scans.",
    subcommands = {InfoCommand.class, DecodeCommand.class, DemoCommand.class, SamplesCommand.class,
        PlanCommand.class, PracticeCommand.class, SegmentCommand.class, ReportCommand.class, BenchCommand.class,
        CheckCommand.class, FindCommand.class, FetchCommand.class, VerifyCommand.class})
public final class Main {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if (System.getenv("INJECTPLAN_DEBUG") == null) {
      // PixelMed prints diagnostics straight to System.err (and could to System.out): our output
      // keeps the real streams; what libraries print goes nowhere, so that stdout holds only the
      // JSON or text asked for and stderr only our one-line error.
      System.setErr(new PrintStream(OutputStream.nullOutputStream()));
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    }
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("error: " + ex.getMessage());
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, line, parsed) -> report(ex, err));
    return cl.execute(args);
  }

  /** One line on stderr, and the exit status for the kind of failure. */
  static int report(Throwable ex, PrintWriter err) {
    if (ex instanceof BadScanException b) {
      err.println("error: " + b.file() + ": " + b.reason());
      return BAD_INPUT;
    }
    if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
      err.println("error: " + ex.getMessage());
      return BAD_INPUT;
    }
    if (ex instanceof FileAlreadyExistsException f) {
      err.println("error: " + f.getFile() + ": " + f.getReason());
      return BAD_INPUT;
    }
    if (ex instanceof IOException) {
      err.println("error: " + ex.getMessage());
      return BAD_INPUT;
    }
    err.println("internal error: " + ex);
    if (System.getenv("INJECTPLAN_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    return INTERNAL_ERROR;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"injectplan " + (v == null ? "development" : v)};
    }
  }
}
