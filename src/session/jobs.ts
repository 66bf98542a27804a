/**
 * Saving and everything after it, built together: one module so that the widget can load it as a chunk on first
 * use (license-session.ts). Each part has one job; the launcher is the one they share.
 */
import { InterruptedJobs } from './interrupted-jobs.js';
import { JobHistory } from './job-history.js';
import { JobLauncher, type LauncherHost, type SaveResult } from './job-launcher.js';
import { Saver, type SaverHost } from './saver.js';
import { Undoer, type UndoHost } from './undoer.js';
import { UsageLocationSetter } from './usage-location.js';

export interface Jobs {
  readonly launcher: JobLauncher;
  readonly saver: Saver;
  readonly interrupted: InterruptedJobs;
  readonly history: JobHistory;
  readonly undoer: Undoer;
  readonly locations: UsageLocationSetter;
  /** "Confirm" in the review step: runs what it shows (Save's changes, or an undo). */
  confirm(): Promise<SaveResult>;
  /** "Back" in the review step: returns where it was opened from, with the selection and plan as they were. */
  back(): void;
}

export type JobsHost = Omit<LauncherHost, 'jobsChanged'> & SaverHost & UndoHost;

export function createJobs(host: JobsHost): Jobs {
  const history: JobHistory = new JobHistory(host, () => launcher.runningJobId ?? locations.runningJobId);
  const jobsChanged = () => history.load();
  const launcher = new JobLauncher({ ...host, jobsChanged });
  const locations: UsageLocationSetter = new UsageLocationSetter(host, launcher, jobsChanged);
  const saver = new Saver(host, launcher);
  const undoer = new Undoer(host, launcher);
  return {
    launcher,
    saver,
    interrupted: new InterruptedJobs(host, launcher, jobsChanged),
    history,
    undoer,
    locations,
    confirm: async (): Promise<SaveResult> => {
      const model = host.model();
      if (model.step !== 'review' || model.review === null) return { status: 'not-ready' };
      return model.review.undo === null ? saver.save() : undoer.confirm();
    },
    back: () => host.update((m) => (m.step !== 'review' || m.review === null ? m : { ...m, step: m.review.returnTo, review: null })),
  };
}
