package org.injectplan.dicom;

import java.util.Optional;

/**
 * What the structure scan found: where the data set starts in its byte source, in which
 * transfer syntax, whether the file had a preamble and a meta header, and where its pixels are.
 * For a deflated data set, {@code source} is the inflated data set, not the file.
 */
public record DatasetLayout(
    ByteSource source,
    long datasetOffset,
    String transferSyntaxUid,
    boolean hasMetaHeader,
    Optional<PixelDataLayout> pixelData) {
}
