package org.govhub.contracts.mandate;

/** 共享类型 under 政务数据共享条例 (and 国发〔2016〕51号 before it). */
public enum SharingClass {
    /** 无条件共享: any government department may have it. */
    UNCONDITIONAL,
    /** 有条件共享: only the departments, and only the fields, the mandate names. */
    CONDITIONAL,
    /** 不予共享: not for other departments; needs a basis in law. */
    NOT_SHARED
}
