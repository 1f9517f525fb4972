package dev.zohodelink.config;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * Zoho's data centres: the accounts server that issues tokens and the API domain of each environment.
 * Source: Zoho CRM v8 multi-DC page and the official SDKs' DataCenter classes (docs/evidence.md §5). SA is in the
 * accounts and Bigin docs only; it is not in SDK 7.
 */
public enum DataCenter {
    US("accounts.zoho.com", "zohoapis.com"),
    EU("accounts.zoho.eu", "zohoapis.eu"),
    IN("accounts.zoho.in", "zohoapis.in"),
    AU("accounts.zoho.com.au", "zohoapis.com.au"),
    JP("accounts.zoho.jp", "zohoapis.jp"),
    CN("accounts.zoho.com.cn", "zohoapis.com.cn"),
    CA("accounts.zohocloud.ca", "zohoapis.ca"),
    SA("accounts.zoho.sa", "zohoapis.sa");

    private final String accountsHost;
    private final String apiDomainSuffix;

    DataCenter(String accountsHost, String apiDomainSuffix) {
        this.accountsHost = accountsHost;
        this.apiDomainSuffix = apiDomainSuffix;
    }

    public URI accountsUrl() {
        return URI.create("https://" + accountsHost);
    }

    /** {@code https://www.zohoapis.com}, {@code https://sandbox.zohoapis.com}, {@code https://developer.zohoapis.com}, ... */
    public URI apiDomain(ZohoEnvironment environment) {
        return URI.create("https://" + environment.hostPrefix() + "." + apiDomainSuffix);
    }

    public static DataCenter parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a Zoho data centre; expected one of "
                    + Arrays.stream(values())
                            .map(dc -> dc.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
