package org.injectplan.cli;

import org.injectplan.plan.PixelPoint;
import picocli.CommandLine;

/** Parses {@code X,Y} (pixels, full frame) for picocli. */
final class PointOption implements CommandLine.ITypeConverter<PixelPoint> {
  @Override
  public PixelPoint convert(String value) {
    String[] p = value.split(",");
    if (p.length != 2) {
      throw new CommandLine.TypeConversionException("expected X,Y in pixels: " + value);
    }
    try {
      return new PixelPoint(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("expected X,Y in pixels: " + value);
    }
  }
}
