package dev.zohodelink.config;

/** What the suite runs against. */
public enum TargetKind {
    /** The bundled emulator, in process: no credentials, no network. */
    EMULATOR,
    /** A real Zoho CRM org, usually a sandbox, over OAuth. */
    LIVE
}
