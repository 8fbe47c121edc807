package org.injectplan.cli;

import ij.process.ImageProcessor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.injectplan.io.AtomicOutput;
import org.injectplan.io.FramePng;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code injectplan decode FILE [--frame N] --png OUT.png}. */
@Command(name = "decode", mixinStandardHelpOptions = true,
    description = {"Write one frame as displayed pixel values to a PNG: RGB for colour (YBR and palette",
        "converted), 8-bit grey for 8-bit monochrome, 16-bit grey of the stored values otherwise",
        "(MONOCHROME1 not inverted). Frames are numbered from 0."})
final class DecodeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
  Path file;

  @Option(names = "--frame", paramLabel = "N", description = "frame number, from 0 (default: 0)")
  int frame;

  @Option(names = "--png", paramLabel = "OUT.png", required = true, description = "PNG to write")
  Path png;

  @Option(names = "--force", description = "overwrite an existing output file")
  boolean force;

  @Override
  public Integer call() throws Exception {
    try (Scan scan = ScanLoader.open(file)) {
      BadInputException.requireFrame(file, frame, scan.frameCount());
      ImageProcessor ip = scan.frame(frame);
      if (!FramePng.fits(ip)) {
        throw new BadInputException(file.toString(), "frame " + frame
            + " holds 32-bit values outside 0..65535, which a 16-bit PNG cannot keep");
      }
      AtomicOutput.write(png, force, out -> FramePng.write(ip, out));
    }
    return Main.OK;
  }
}
