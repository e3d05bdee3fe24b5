/**
 * How the file being opened is going, in a store of its own: progress arrives every 50 ms, and only the notice that
 * shows it should draw again, not the app around it.
 */
import { create } from 'zustand';
import type { JobProgress } from '../../data/load-dataset';

export const useOpenProgress = create<{ progress: JobProgress | null }>()(() => ({ progress: null }));
export const setOpenProgress = (progress: JobProgress | null) => useOpenProgress.setState({ progress });
