/**
 * The ImageJ 1.x commands of Plugins &gt; Injection Planner, one class a menu item, each thin
 * (image, dialog, parameters, core workflow, overlay and our own table) with a static method for
 * tests and macros; nothing below {@code org.injectplan.workflow} but the values it takes and
 * gives (docs/conventions.md, "Layers"; {@code PluginLayeringTest}): {@link
 * org.injectplan.plugin.OpenScan}, {@link org.injectplan.plugin.OpenSample}, {@link
 * org.injectplan.plugin.SegmentCapsule}, {@link org.injectplan.plugin.PlanTrajectory}, {@link
 * org.injectplan.plugin.CheckNeedle}, {@link org.injectplan.plugin.ExportPlan}, {@link
 * org.injectplan.plugin.PracticePlan}, {@link org.injectplan.plugin.Help}; Plan Trajectory's
 * fluoroscopy side is {@code FluoroTrajectory}. What they share: {@code Commands} (errors shown
 * once with {@code IJ.error}, the plugin's class loader as context loader), {@code MacroDialog}
 * (GenericDialog, or the macro's keys without a display), {@code ScanImage} (the scan file, sample
 * and plan kept on the image; the scan as the image shows it, its pixels and, through {@code
 * ShownCalibration}, its calibration), {@code PlanOverlay} and {@code MaskRois} (drawing), {@code
 * Structures} (what to avoid), {@code SampleFiles} (the samples in the jar), {@code PlanTable}
 * (the plan's row in our table, from core's {@code PlanFigure}), {@code LiveReplan} (replanning as
 * the line moves). Without a display: {@link org.injectplan.plugin.HeadlessMacro} runs a macro
 * file in a plain ImageJ ({@code CommandTable} fills ImageJ's command table, {@code
 * CommandFailures} stops the macro when an ImageJ command fails for want of a display).
 */
package org.injectplan.plugin;
