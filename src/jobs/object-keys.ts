/** Object keys are made here, from the job id: never from anything a client sent. */
export const objectKeys = (jobId: string) => ({
  image: `uploads/${jobId}.png`,
  script: `scripts/${jobId}.json`,
  video: `videos/final_${jobId}.mp4`,
  subtitles: `videos/${jobId}.vtt`,
  poster: `videos/${jobId}.jpg`,
});
