package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.Roi;
import ij.gui.RoiListener;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.injectplan.plan.PixelPoint;

/**
 * Replans while the user moves the entry or the target: once Plan Trajectory has planned on an
 * image (with a window), every change of that image's line selection replans from the line's
 * ends with the same choices, and the overlay and the Results table follow. Changes arrive while
 * the user drags; only the latest line is planned, on a thread of its own, so the drag stays
 * smooth. A refusal (say, too steep) goes to the status bar, not into a dialog in the way.
 */
final class LiveReplan implements RoiListener {
  private static LiveReplan instance;
  private final Map<ImagePlus, PlanChoices> watched = new WeakHashMap<>();
  private final Executor executor;
  private final AtomicReference<Request> latest = new AtomicReference<>();

  private record Request(ImagePlus imp, PlanChoices choices, PixelPoint target, PixelPoint entry) {
  }

  LiveReplan(Executor executor) {
    this.executor = executor;
  }

  /** Starts following the image's line selection with these choices (one listener for all images). */
  static synchronized void watch(ImagePlus imp, PlanChoices choices) {
    if (instance == null) {
      instance = new LiveReplan(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "InjectPlan live replanning");
        t.setDaemon(true);
        return t;
      }));
      Roi.addRoiListener(instance);
    }
    instance.follow(imp, choices);
  }

  synchronized void follow(ImagePlus imp, PlanChoices choices) {
    watched.put(imp, choices);
  }

  @Override
  public void roiModified(ImagePlus imp, int id) {
    PlanChoices choices;
    synchronized (this) {
      choices = imp == null ? null : watched.get(imp);
    }
    if (choices == null || id == DELETED || !(imp.getRoi() instanceof Line line)) {
      return;
    }
    PixelPoint[] te = PlanTrajectory.userPoints(line);
    if (latest.getAndSet(new Request(imp, choices, te[0], te[1])) == null) {
      executor.execute(this::planLatest);
    }
  }

  private void planLatest() {
    Request r = latest.getAndSet(null);
    if (r == null) {
      return;
    }
    try {
      org.injectplan.plan.Plan p = PlanTrajectory.plan(r.imp(), r.choices(), r.target(), r.entry());
      PlanTable.show(r.imp(), p);
      r.imp().updateAndDraw();
      PlanTrajectory.status(p);
    } catch (Exception e) {
      IJ.showStatus("Plan Trajectory: " + e.getMessage());
    }
  }
}
