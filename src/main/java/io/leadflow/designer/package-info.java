/**
 * Designers' tools on the engine: safe migration of running leads to a process's latest version
 * (preview, canary, full run, revert). Depends on no other module.
 */
package io.leadflow.designer;
