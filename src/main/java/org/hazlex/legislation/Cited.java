package org.hazlex.legislation;

/** A piece of law that cites its provision and carries its own verification state. */
public interface Cited {

    Provision getProvision();

    Verification getVerification();

    Period getPeriod();
}
