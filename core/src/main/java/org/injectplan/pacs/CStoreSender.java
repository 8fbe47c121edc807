package org.injectplan.pacs;

import com.pixelmed.dicom.SetOfDicomFiles;
import com.pixelmed.network.MultipleInstanceTransferStatusHandler;
import com.pixelmed.network.StorageSOPClassSCU;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * DICOM C-STORE with PixelMed's {@link StorageSOPClassSCU}. PixelMed does not throw on a
 * rejected association or a refused instance: success here means its status handler counted
 * every file completed, none failed, and it trapped no exception. The host is first reached by a
 * plain TCP connection, so that "unreachable" is told apart from "refused by the PACS"; the whole
 * send is bounded by the timeout. The association goes through a {@link LoopbackRelay}: PixelMed
 * sets no read timeout, so after a timeout the relay is closed under it and its thread ends
 * instead of staying blocked for the life of the JVM (ImageJ's, for the plugin).
 */
public final class CStoreSender {
  private final String callingAet;
  private final Duration timeout;

  public CStoreSender(String callingAet, Duration timeout) {
    PacsAddress.requireAet(callingAet, "calling AE title");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.callingAet = callingAet;
    this.timeout = timeout;
  }

  /** Counts what PixelMed reports, instance by instance. */
  static final class Counts extends MultipleInstanceTransferStatusHandler {
    volatile int completed;
    volatile int failed;
    volatile int warning;

    @Override
    public void updateStatus(int remaining, int completed, int failed, int warning, String sopInstanceUid) {
      this.completed = completed;
      this.failed = failed;
      this.warning = warning;
    }
  }

  /** Stores every file, or throws saying why. */
  public void send(PacsAddress to, List<Path> files) throws SendException {
    reach(to);
    SetOfDicomFiles set = new SetOfDicomFiles();
    for (Path f : files) {
      set.add(f.toAbsolutePath().toString());
    }
    Counts counts = new Counts();
    ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "c-store " + to);
      t.setDaemon(true);
      return t;
    });
    try (LoopbackRelay relay = new LoopbackRelay(new InetSocketAddress(to.host(), to.port()), connectTimeoutMs(),
        "c-store " + to)) {
      Future<Boolean> trapped = ex.submit(() -> new StorageSOPClassSCU(relay.host(), relay.port(), to.calledAet(),
          callingAet, set, 0, counts, null, 0).encounteredTrappedExceptions());
      boolean failedInside = trapped.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (failedInside || counts.completed != files.size() || counts.failed > 0) {
        throw new SendException(to.toString(), String.format("%d of %d file(s) stored, %d refused: the PACS"
            + " rejected the association (wrong called AE title %s, or calling AE title %s not accepted) or refused"
            + " the instances", counts.completed - counts.failed, files.size(), counts.failed, to.calledAet(),
            callingAet), null);
      }
    } catch (TimeoutException e) {
      throw new SendException(to.toString(), "no answer within " + timeout.toSeconds() + " s (C-STORE timed out)", e);
    } catch (ExecutionException e) {
      throw new SendException(to.toString(), "C-STORE failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendException(to.toString(), "interrupted", e);
    } catch (IOException e) {
      throw new SendException(to.toString(), "no loopback port for the association: " + e.getMessage(), e);
    } finally {
      ex.shutdownNow();
    }
  }

  private int connectTimeoutMs() {
    return (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE);
  }

  private void reach(PacsAddress to) throws SendException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(to.host(), to.port()), connectTimeoutMs());
    } catch (UnknownHostException e) {
      throw new SendException(to.toString(), "unreachable: unknown host " + to.host(), e);
    } catch (ConnectException e) {
      throw new SendException(to.toString(), "unreachable: connection refused (" + e.getMessage() + ")", e);
    } catch (SocketTimeoutException e) {
      throw new SendException(to.toString(), "unreachable: no connection within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new SendException(to.toString(), "unreachable: " + e.getMessage(), e);
    }
  }
}
