/**
 * The workflow: what the front ends run, and nothing of theirs. {@link
 * org.injectplan.workflow.SegmentWorkflow} segments (the capsule on a frame or a cine with its
 * best frame, the joint space on fluoroscopy), {@link org.injectplan.workflow.UsWorkflow} runs the
 * ultrasound chain (capsule segmented unless given, bone and vessels found in the image unless
 * turned off and merged with the structures given, in-plane plan), {@link
 * org.injectplan.workflow.FluoroWorkflow} the fluoroscopy one (target and joint space chosen,
 * second view resolved, down-the-beam plan), {@link org.injectplan.workflow.NeedleWorkflow}
 * planned vs actual, {@link org.injectplan.workflow.PracticeWorkflow} a practice plan scored. Each
 * takes a scan (or a frame's pixels), a frame and the user's choices, and returns what it found
 * and the plan, or a {@link org.injectplan.workflow.Refusal} naming its reason. The command line
 * and the ImageJ commands call these and nothing below them for the chain (3D Slicer's "Logic");
 * they name only the values these take and give (docs/conventions.md, "Layers", checked by {@code
 * LayeringTest} and {@code PluginLayeringTest}).
 */
package org.injectplan.workflow;
