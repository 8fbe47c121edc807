package org.injectplan.segment;

/** Told how far a long computation has gone; the ImageJ plugin turns it into its progress bar. */
@FunctionalInterface
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Called after each unit of work, possibly from several threads.
   *
   * @param done units finished so far
   * @param total units in all
   */
  void progress(int done, int total);
}
