/**
 * The command line (picocli): argument handling, output and exit codes. The only package that prints; each
 * command is argument handling plus one call into the pipeline.
 */
package org.claimgraph.cli;
