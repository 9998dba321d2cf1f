package uk.contactpoint.demo.control;

/**
 * Whether demo mode may load its data. It never mixes synthetic children into a database that
 * already holds records it did not create: that database could be a real one.
 */
public enum DemoLoadDecision {
  LOAD,
  ALREADY_LOADED,
  REFUSE;

  public static DemoLoadDecision decide(boolean demoAlreadyLoaded, long childrenHeld) {
    if (demoAlreadyLoaded) {
      return ALREADY_LOADED;
    }
    return childrenHeld == 0 ? LOAD : REFUSE;
  }
}
