/**
 * The sample-scan generator: synthetic ultrasound (knee, shoulder, hip; single frames and cines)
 * and fluoroscopy (lumbar facet, hip) DICOM files made by physical simulation, with their ground
 * truth (masks, geometry sidecar) and a reference plan derived from that truth by documented
 * clinical rules.
 *
 * <p>It lives in {@code core}, not in {@code sample-dicom}, so that the {@code injectplan samples}
 * command, the demo and the benchmarks can make scans on demand; {@code sample-dicom} holds the
 * committed outputs and the tests that check them.
 *
 * <p>Ultrasound: echogenicity map ({@link org.injectplan.samples.UsAnatomy}) &rarr; random
 * scatterers &rarr; point-spread function &rarr; envelope (Rayleigh speckle) &rarr; depth
 * attenuation and time-gain compensation &rarr; log compression
 * ({@link org.injectplan.samples.UltrasoundSimulator}). Fluoroscopy: Beer&ndash;Lambert ray sums
 * through simple 3D bone solids with Poisson noise and collimation
 * ({@link org.injectplan.samples.FluoroSimulator}).
 *
 * <p>Everything is deterministic: the same seed gives byte-identical files (UIDs are name-based,
 * dates fixed, random streams seeded per case and stage). Nothing here opens a window.
 */
package org.injectplan.samples;
