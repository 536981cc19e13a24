package org.govhub.connectors.support.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The standard checks of a connector module's Spring Boot auto-configurations, one subclass per
 * module: with its credentials set, every handler and every sink route of the module is there,
 * each route on its command's contract queue; without them the hub does not start and names the
 * missing key; switched off ({@code govhub.connectors.<agency>.enabled=false}), none is there;
 * and every auto-configuration is listed for Spring Boot.
 *
 * <pre>
 * class TaxConnectorAutoConfigurationTest extends ConnectorAutoConfigurationContract {
 *     TaxConnectorAutoConfigurationTest() {
 *         super("tax", List.of(TaxTaxpayerRegistrationAutoConfiguration.class, ...),
 *                 List.of("govhub.connectors.tax.app-key=test-key"), "govhub.connectors.tax.app-key");
 *     }
 *     protected List&lt;Class&lt;?&gt;&gt; handlers() { return List.of(TaxTaxpayerRegistrationHandler.class, ...); }
 *     protected List&lt;String&gt; commands() { return List.of("taxpayer-registration", ...); }
 * }
 * </pre>
 */
public abstract class ConnectorAutoConfigurationContract {

    private final String agency;
    private final List<Class<?>> autoConfigurations;
    private final List<String> credentials;
    private final String requiredKey;

    /**
     * @param agency             the agency, as in {@code govhub.connectors.<agency>}
     * @param autoConfigurations every auto-configuration of the module
     * @param credentials        the properties the module needs to start, {@code key=value}
     * @param requiredKey        the key the start-up failure names when they are missing
     */
    protected ConnectorAutoConfigurationContract(String agency, List<Class<?>> autoConfigurations, List<String> credentials,
                                                 String requiredKey) {
        this.agency = agency;
        this.autoConfigurations = autoConfigurations;
        this.credentials = credentials;
        this.requiredKey = requiredKey;
    }

    /** The handler beans the module registers (and the beans they share, such as its API client), one of each. */
    protected abstract List<Class<?>> handlers();

    /** The commands the module's sink routes carry out, each {@code <agency>-sink-<command>}. */
    protected abstract List<String> commands();

    /** The runner with the module's auto-configurations and Jackson, without properties. */
    protected ApplicationContextRunner bare() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(concat(JacksonAutoConfiguration.class, autoConfigurations)));
    }

    /** The runner with the module's credentials set. */
    protected ApplicationContextRunner configured() {
        return bare().withPropertyValues(credentials.toArray(String[]::new));
    }

    @Test
    void registersEveryHandlerAndEverySinkRouteOnItsContractQueue() {
        configured().run(context -> {
            assertThat(context).hasNotFailed();
            for (Class<?> handler : handlers()) {
                assertThat(context).hasSingleBean(handler);
            }
            assertThat(context.getBeansOfType(SinkConnectorRoute.class).values())
                    .extracting(SinkConnectorRoute::routeId, SinkConnectorRoute::queue)
                    .containsExactlyInAnyOrderElementsOf(commands().stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(agency + "-sink-" + c,
                                    "{{govhub.connectors." + agency + ".queue:agency." + agency + "." + c + ".v1}}"))
                            .toList());
        });
    }

    @Test
    void doesNotStartWithoutItsCredentials() {
        bare().run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageContaining(requiredKey + " is not configured"));
    }

    @Test
    void registersNothingWhenSwitchedOff() {
        bare().withPropertyValues("govhub.connectors." + agency + ".enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SinkConnectorRoute.class);
            for (Class<?> handler : handlers()) {
                assertThat(context).doesNotHaveBean(handler);
            }
        });
    }

    @Test
    void everyAutoConfigurationIsListedForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .containsAll(autoConfigurations.stream().map(Class::getName).toList());
    }

    private static Class<?>[] concat(Class<?> first, List<Class<?>> rest) {
        Class<?>[] all = new Class<?>[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
