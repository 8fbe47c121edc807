/**
 * What a needle must avoid on an ultrasound frame, found in the image: {@link
 * org.injectplan.segment.structures.StructureFinder} runs the finders of bone and its acoustic
 * shadow and of vessels over the echo window below the skin, and returns them as masks ({@link
 * org.injectplan.segment.structures.StructureFinder.Found}) that the planner keeps clear of. The
 * finders, the window and the depth level are package-private.
 */
package org.injectplan.segment.structures;
