/** The command line: picocli commands; the only code that prints or sets an exit code. */
package org.claimgraph.cli;
