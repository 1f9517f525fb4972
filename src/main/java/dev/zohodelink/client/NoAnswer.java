package dev.zohodelink.client;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a server gave no HTTP answer, in words a user can act on. The JDK client reports a refused connection as a
 * {@link ConnectException} around a {@code ClosedChannelException}, and an unknown host around an
 * {@link UnresolvedAddressException}: neither name says what happened.
 */
public final class NoAnswer {

    private NoAnswer() {}

    public static String describe(Throwable failure) {
        if (causedBy(failure, UnresolvedAddressException.class) || causedBy(failure, UnknownHostException.class)) {
            return "unknown host";
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection in time (a server that speaks plain http never completes an https handshake)";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (causedBy(failure, SSLException.class)) {
            return "the TLS handshake failed (is it http rather than https?)";
        }
        if (failure instanceof ConnectException) {
            return "connection refused (nothing listens on that port)";
        }
        return failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
