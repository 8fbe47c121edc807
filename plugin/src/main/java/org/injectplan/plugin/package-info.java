/**
 * The ImageJ 1.x commands of Plugins &gt; Injection Planner: each one thin (image, dialog,
 * parameters, core workflow, overlay and results), with a static method for tests and macros.
 * Errors from the core are shown once, with {@code IJ.error}.
 */
package org.injectplan.plugin;
