package dev.zohodelink.recording;

import java.util.List;

/** Every exchange of one scenario on one API version and target, in the order they happened. */
public record Recording(String feature, String scenario, String version, String target, List<Exchange> exchanges) {}
