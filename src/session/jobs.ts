/**
 * Saving and everything after it, built together: one module so that the widget can load it as a chunk on first
 * use (license-session.ts). Each part has one job; the launcher is the one they share.
 */
import { InterruptedJobs } from './interrupted-jobs.js';
import { JobHistory } from './job-history.js';
import { JobLauncher, type LauncherHost } from './job-launcher.js';
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
}

export type JobsHost = Omit<LauncherHost, 'jobsChanged'> & SaverHost & UndoHost;

export function createJobs(host: JobsHost): Jobs {
  const history: JobHistory = new JobHistory(host, () => launcher.runningJobId ?? locations.runningJobId);
  const jobsChanged = () => history.load();
  const launcher = new JobLauncher({ ...host, jobsChanged });
  const locations: UsageLocationSetter = new UsageLocationSetter(host, launcher, jobsChanged);
  return {
    launcher,
    saver: new Saver(host, launcher),
    interrupted: new InterruptedJobs(host, launcher, jobsChanged),
    history,
    undoer: new Undoer(host, launcher),
    locations,
  };
}
