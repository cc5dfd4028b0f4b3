/**
 * Ribbon commands (the manifest's FunctionFile). The Home-tab button opens the pane by
 * itself (Action ShowTaskpane); this file registers the function-file actions a ribbon
 * control or a later command can call by name.
 */

/** Opens the task pane where the host can do it from a command (shared runtime), then completes the event. */
export async function showTaskpane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
      await Office.addin.showAsTaskpane();
    }
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('showTaskpane', showTaskpane);
});
