package org.govhub.simulators.support;

/** A simulated agency's state, which {@code POST /_sim/reset} puts back to its seed. */
public interface ResettableState {

    void reset();
}
