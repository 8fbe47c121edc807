/**
 * The image kernel: what every image analysis of InjectPlan shares, with no knowledge of joints,
 * capsules or needles. One binary {@link org.injectplan.image.Mask} (immutable, the frame's size:
 * segmentations, structures to avoid, the samples' truth) and its one PNG form ({@link
 * org.injectplan.image.MaskPng}); connected components ({@link org.injectplan.image.Components}),
 * the exact Euclidean distance transform in mm ({@link org.injectplan.image.DistanceTransform}),
 * box means ({@link org.injectplan.image.BoxMean}), grey levels (Otsu's threshold, {@link
 * org.injectplan.image.Otsu}, and the local fluid/tissue level, {@link
 * org.injectplan.image.LocalLevel}) and a mask's second moments ({@link
 * org.injectplan.image.MaskMoments}). It depends on nothing of ours but {@code io} and {@code
 * dicom.QuietImageIo} (for the PNG); {@code segment}, {@code planning}, {@code samples} and the
 * front ends build on it.
 */
package org.injectplan.image;
