package org.govhub.hub.broker;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the broker treats messages the hub could not process (govhub.broker.*). */
@ConfigurationProperties("govhub.broker")
public class BrokerProperties {

    /** Deliveries of one message before it goes to its dead-letter queue. */
    private int maxDeliveryAttempts = 10;
    /** First redelivery delay after a rollback; doubles each time up to the maximum. */
    private long redeliveryDelayMs = 1000;
    private long maxRedeliveryDelayMs = 60_000;
    /** Duplicate-detection ids remembered per address; must cover the retry window. */
    private int duplicateIdCacheSize = 100_000;

    public int getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(int maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    public long getRedeliveryDelayMs() {
        return redeliveryDelayMs;
    }

    public void setRedeliveryDelayMs(long redeliveryDelayMs) {
        this.redeliveryDelayMs = redeliveryDelayMs;
    }

    public long getMaxRedeliveryDelayMs() {
        return maxRedeliveryDelayMs;
    }

    public void setMaxRedeliveryDelayMs(long maxRedeliveryDelayMs) {
        this.maxRedeliveryDelayMs = maxRedeliveryDelayMs;
    }

    public int getDuplicateIdCacheSize() {
        return duplicateIdCacheSize;
    }

    public void setDuplicateIdCacheSize(int duplicateIdCacheSize) {
        this.duplicateIdCacheSize = duplicateIdCacheSize;
    }
}
