package dev.zohodelink.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts an in-process Zoho CRM emulator on a free loopback port before the tests of the class and stops it after
 * them; test and lifecycle methods receive a {@link ZohoEmulatorInfo} parameter. Nested classes share their
 * enclosing class's emulator. Records, relations and faults live as long as the class: reset them with
 * {@code info.control().reset()} where tests must not see each other's.
 *
 * <pre>{@code
 * @ZohoEmulatorTest
 * class MyZohoClientTest {
 *     @Test
 *     void delinks(ZohoEmulatorInfo zoho) { ... zoho.baseUrl() ... zoho.accessToken() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ZohoEmulatorExtension.class)
public @interface ZohoEmulatorTest {

    /** The behaviour profile where Zoho is silent, as {@code --profile} takes it, e.g. {@code best-evidence,mixed=200}. */
    String profile() default "best-evidence";

    /** A seed file on the class path (format in the README), loaded before the tests; none by default. */
    String seed() default "";
}
