import { describe, expect, it } from 'vitest';
import { boardPostingAddress } from './board-posting-url.ts';

describe('recognising hosted board posting pages', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345001', { source: 'greenhouse', board: 'acme', id: '4012345001' }],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345001?gh_src=abc', { source: 'greenhouse', board: 'acme', id: '4012345001' }],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345001', { source: 'greenhouse', board: 'acme', id: '4012345001' }],
    ['https://jobs.lever.co/acme/5F9C1D2E-3A4B-4C5D-8E6F-708192A3B4C5/apply', { source: 'lever', board: 'acme', id: '5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5' }],
    ['https://jobs.eu.lever.co/acme/5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5', { source: 'lever', board: 'acme', id: '5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5' }],
    ['https://jobs.ashbyhq.com/acme/7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6/application', { source: 'ashby', board: 'acme', id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' }],
    ['https://jobs.smartrecruiters.com/AcmeRobotics/744000012345678-senior-backend-engineer', { source: 'smartrecruiters', board: 'AcmeRobotics', id: '744000012345678' }],
    ['https://apply.workable.com/acme/j/A1B2C3D4E5/apply', { source: 'workable', board: 'acme', id: 'a1b2c3d4e5' }],
    ['https://acme.recruitee.com/o/senior-backend-engineer/c/new', { source: 'recruitee', board: 'acme', id: 'senior-backend-engineer' }],
    ['https://acme-robotics.jobs.personio.de/job/1234567?language=en', { source: 'personio', board: 'acme-robotics', id: '1234567' }],
    ['https://acme.teamtailor.com/jobs/4567890-senior-backend-engineer', { source: 'teamtailor', board: 'acme', id: '4567890' }],
    [
      'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Engineer_JR1990001',
      { source: 'workday', board: 'nvidia.wd5.NVIDIAExternalCareerSite', id: 'US-CA-Santa-Clara/Senior-Engineer_JR1990001' },
    ],
    [
      'https://acme.wd12.myworkdayjobs.com/External/job/Remote-US/Writer_JR3/apply?source=x',
      { source: 'workday', board: 'acme.wd12.External', id: 'Remote-US/Writer_JR3' },
    ],
  ])('reads %s', (url, expected) => {
    expect(boardPostingAddress(new URL(url))).toEqual(expected);
  });

  it.each([
    'https://boards.greenhouse.io/acme',
    'https://jobs.lever.co/acme',
    'https://jobs.lever.co.attacker.example/acme/5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5',
    'https://careers.acme.example/jobs/4012345001',
    // Parameters and segments that would walk the board API path are not board names.
    'https://boards.greenhouse.io/embed/job_app?for=..&token=4012345001',
    'https://boards.greenhouse.io/embed/job_app?for=../../v1/boards/other&token=4012345001',
    'https://boards.greenhouse.io/embed/job_app?for=acme%2Fjobs%2F1%3F&token=4012345001',
    'https://boards.greenhouse.io/embed/job_app?for=.hidden&token=4012345001',
    'https://boards.greenhouse.io/embed/job_app?for=ac%20me&token=4012345001',
    'https://boards.greenhouse.io/%2e%2e/jobs/4012345001',
    'https://jobs.lever.co/%2e%2e/5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5',
    'https://jobs.lever.co/acme%2F..%2Fother/5f9c1d2e-3a4b-4c5d-8e6f-708192a3b4c5',
    'https://jobs.ashbyhq.com/%2E%2E/7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    'https://jobs.ashbyhq.com/ac%ZZme/7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    'https://jobs.smartrecruiters.com/%2e%2e/744000012345678',
    'https://recruitee.com/o/senior-backend-engineer',
    'https://www.acme.recruitee.com/o/senior-backend-engineer',
    'https://acme.recruitee.com.attacker.example/o/senior-backend-engineer',
    'https://acme.jobs.personio.de/job/1234567/../../xml',
    'https://acme.teamtailor.com/departments/engineering',
    'https://acme.wd5.myworkdayjobs.com/External',
    'https://acme.wd5.myworkdayjobs.com/External/job/%2e%2e/%2e%2e/jobs',
    'https://acme.wd5.myworkdayjobs.com/External/job/a%2F..%2Fb',
    'https://acme.wd5.myworkdayjobs.com.attacker.example/External/job/X/Y_1',
    'https://www.acme.wd5.myworkdayjobs.com/External/job/X/Y_1',
  ])('leaves %s to the page reader', (url) => {
    expect(boardPostingAddress(new URL(url))).toBeNull();
  });
});
