package org.injectplan.plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.Prefs;
import ij.plugin.PlugIn;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.injectplan.pacs.DicomWebClient;
import org.injectplan.pacs.DimseClient;
import org.injectplan.pacs.Fetch;
import org.injectplan.pacs.PacsAddress;
import org.injectplan.pacs.QueryRetrieve;
import org.injectplan.pacs.RetrieveRequest;
import org.injectplan.pacs.SeriesEntry;
import org.injectplan.pacs.StudyEntry;
import org.injectplan.pacs.StudyQuery;
import org.injectplan.pacs.WebCredentials;
import org.injectplan.segment.ProgressListener;

/**
 * Plugins &gt; Injection Planner &gt; Open from PACS...: searches a PACS (DICOMweb or DIMSE, as
 * {@code injectplan find}), lets the user pick a study and a series (shown with their frame
 * counts), retrieves the series (as {@code injectplan fetch}, all or nothing, with the progress
 * bar; Esc cancels, by DICOMweb or C-GET alike, and the status bar says so) and opens each
 * instance as Open Scan does. The PACS's address, our AE title, the credentials FILE and the
 * timeout are kept in ImageJ's preferences; the password never is, nor does it appear in a
 * recorded macro (only the file's path does). Macro:
 * {@code run("Open from PACS...", "address=http://pacs:8042/dicom-web patient=12345 study=1.2.3 series=1.2.4");}
 */
public class OpenFromPacs implements PlugIn {
  static final String TITLE = "Open from PACS";
  static final String PREF_ADDRESS = "injectplan.pacs.address";
  static final String PREF_AET = "injectplan.pacs.aet";
  static final String PREF_CREDENTIALS = "injectplan.pacs.credentials";
  static final String PREF_TIMEOUT = "injectplan.pacs.timeout";

  /** Where and how to reach the PACS: what the preferences keep. */
  record Settings(String address, String callingAet, String credentialsFile, int timeoutSeconds) {
    Settings {
      if (address == null || address.isBlank()) {
        throw new IllegalArgumentException("the PACS address is empty: a DICOMweb URL or AET@HOST:PORT");
      }
      if (timeoutSeconds <= 0) {
        throw new IllegalArgumentException("timeout must be positive: " + timeoutSeconds);
      }
    }

    static Settings fromPrefs() {
      return new Settings(Prefs.get(PREF_ADDRESS, "http://127.0.0.1:8042/dicom-web"), Prefs.get(PREF_AET,
          "INJECTPLAN"), Prefs.get(PREF_CREDENTIALS, ""), (int) Prefs.get(PREF_TIMEOUT, 30));
    }

    void save() {
      Prefs.set(PREF_ADDRESS, address);
      Prefs.set(PREF_AET, callingAet);
      Prefs.set(PREF_CREDENTIALS, credentialsFile);
      Prefs.set(PREF_TIMEOUT, timeoutSeconds);
    }
  }

  @Override
  public void run(String arg) {
    Commands.run(TITLE, () -> {
      OpenFromPacsDialog dialog = new OpenFromPacsDialog(TITLE);
      Optional<OpenFromPacsDialog.Search> search = dialog.search(Settings.fromPrefs());
      if (search.isEmpty()) {
        return; // cancelled
      }
      search.get().settings().save();
      QueryRetrieve pacs = client(search.get().settings());
      List<StudyEntry> studies = pacs.findStudies(search.get().query());
      if (studies.isEmpty()) {
        Commands.message(TITLE, "no study on " + pacs.name() + " matches");
        return;
      }
      Optional<String> study = dialog.chooseStudy(studies);
      if (study.isEmpty()) {
        return;
      }
      List<SeriesEntry> series = pacs.listSeries(study.get());
      Optional<String> chosen = dialog.chooseSeries(series);
      if (chosen.isEmpty()) {
        return;
      }
      List<ImagePlus> images;
      try {
        images = open(pacs, RetrieveRequest.series(study.get(), chosen.get()), progressBar());
      } catch (Cancelled e) {
        IJ.showStatus(TITLE + ": " + e.getMessage()); // the user's own choice: said, not an error dialog
        return;
      }
      for (ImagePlus imp : images) {
        imp.show();
      }
    });
  }

  /** A retrieve the user cancelled (Esc): nothing of it was kept. */
  public static final class Cancelled extends IOException {
    private static final long serialVersionUID = 1L;

    Cancelled(String pacs, CancellationException cause) {
      super(pacs + ": cancelled; nothing kept", cause);
    }
  }

  /** The client the settings name: DICOMweb for an http(s) URL, DIMSE for AET@HOST:PORT. */
  static QueryRetrieve client(Settings s) throws IOException {
    Duration timeout = Duration.ofSeconds(s.timeoutSeconds());
    String a = s.address().strip();
    if (a.startsWith("http://") || a.startsWith("https://")) {
      Optional<WebCredentials> c = s.credentialsFile().isBlank() ? WebCredentials.fromEnvironment(System.getenv())
          : Optional.of(WebCredentials.fromFile(Path.of(s.credentialsFile())));
      return new DicomWebClient(URI.create(a), timeout, c);
    }
    return new DimseClient(PacsAddress.parse(a), s.callingAet(), timeout);
  }

  /**
   * Retrieves what is asked into a new folder of its own (the files stay, as Open Scan's file
   * does, for Export Plan to reference) and opens every instance with pixels as Open Scan does.
   * A progress listener that throws {@link CancellationException} cancels: {@link Cancelled} is
   * thrown and the folder is gone.
   */
  public static List<ImagePlus> open(QueryRetrieve pacs, RetrieveRequest request, ProgressListener progress)
      throws IOException {
    return open(pacs, request, Files.createTempDirectory("injectplan-pacs-"), progress);
  }

  /** As {@link #open(QueryRetrieve, RetrieveRequest, ProgressListener)}, into {@code dir} (new and empty). */
  static List<ImagePlus> open(QueryRetrieve pacs, RetrieveRequest request, Path dir, ProgressListener progress)
      throws IOException {
    List<Path> files;
    try {
      files = Fetch.fetch(pacs, request, dir, false, progress);
    } catch (CancellationException e) {
      Files.deleteIfExists(dir);
      throw new Cancelled(pacs.name(), e);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(dir);
      throw e;
    }
    List<ImagePlus> images = new ArrayList<>();
    for (Path f : files) {
      images.add(OpenScan.open(f));
    }
    return images;
  }

  /** ImageJ's progress bar; Esc cancels the retrieve (which then keeps nothing). */
  static ProgressListener progressBar() {
    IJ.resetEscape();
    return (done, total) -> {
      if (IJ.escapePressed()) {
        IJ.showProgress(1.0);
        throw new CancellationException("cancelled with Esc");
      }
      IJ.showProgress(done, Math.max(total, 1));
      IJ.showStatus(TITLE + ": " + done + " of " + total + (total > 1000 ? " KiB" : ""));
    };
  }
}
